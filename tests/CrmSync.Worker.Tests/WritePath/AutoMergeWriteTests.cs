using System.Text.Json;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.WritePath;

/// <summary>Auto-merge reads the merged record's id from the CRM's answer, keeps an undo snapshot, and alerts no merged group.</summary>
[Collection(HostCollection.Name)]
public class AutoMergeWriteTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(MergeIdMode.NewRecord)]
    [InlineData(MergeIdMode.KeepPrimary)]
    public async Task Pipeline_AutoMerge_SnapshotsBothRecordsStoresTheAnsweredRecordAndCreatesNoDuplicateTaskForIt(MergeIdMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var session = await WritePathSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 9, MergeIds = mode }, "00:00:00", ct,
            new Dictionary<string, string?> { [":Dedupe:AutoMerge:Enabled"] = "true", [":Dedupe:AutoMerge:MinProbability"] = "0.99" });

        var first = await session.RunAsync(JobNames.Pipeline, ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var merges = session.Crm.RequestLog.Where(r => r.Path.EndsWith("/merge", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(merges);
        Assert.Equal(merges.Count, first.Counts[CounterNames.RecordsMerged]);
        var involved = new HashSet<string>();
        var primaries = merges.Select(m => JsonDocument.Parse(m.Body!).RootElement.GetProperty("primaryObjectId").GetString()).ToHashSet();
        foreach (var request in merges)
        {
            var type = request.Path.Split('/')[^2];
            using var body = JsonDocument.Parse(request.Body!);
            var primaryId = body.RootElement.GetProperty("primaryObjectId").GetString()!;
            var mergedId = body.RootElement.GetProperty("objectIdToMerge").GetString()!;
            var json = await session.Store.GetDocumentAsync(DemoSession.Connector, MergeSnapshot.DocumentKey(type, mergedId), ct);
            var snapshot = JsonSerializer.Deserialize<MergeSnapshot>(json!, Json)!;

            // Both records as they were, saved before the merge.
            Assert.Equal((primaryId, mergedId), (snapshot.Primary!.Id, snapshot.Merged!.Id));
            Assert.NotEmpty(snapshot.Primary.Properties);
            Assert.NotEmpty(snapshot.Merged.Properties);
            Assert.True(snapshot.TakenAt <= snapshot.MergedAt);
            // The id the CRM answered, which is new unless the portal keeps the primary's.
            var resultId = snapshot.ResultId!;
            Assert.Equal(mode == MergeIdMode.KeepPrimary, resultId == primaryId);
            Assert.Contains(mergedId, session.Crm.GetPropertyValue(type, resultId, "hs_merged_object_ids")!.Split(';'));
            Assert.True((await session.Store.GetRecordAsync(DemoSession.Connector, type, mergedId, ct))!.Archived);
            Assert.Equal(mode == MergeIdMode.NewRecord, (await session.Store.GetRecordAsync(DemoSession.Connector, type, primaryId, ct))!.Archived);
            // The answered record is live, unless a later merge into the same primary replaced it in turn.
            Assert.Equal(mode == MergeIdMode.NewRecord && primaries.Contains(resultId), (await session.Store.GetRecordAsync(DemoSession.Connector, type, resultId, ct))!.Archived);
            involved.UnionWith([primaryId, mergedId, resultId]);
        }

        Assert.DoesNotContain(session.Crm.ListTasks(), t => t.Subject!.Contains("possible duplicate") && t.Associations.Any(a => involved.Contains(a.Id)));
        Assert.DoesNotContain(session.Crm.RequestLog, r => r.Path.EndsWith("/batch/update", StringComparison.Ordinal)
            && merges.Any(m => JsonDocument.Parse(m.Body!).RootElement.GetProperty("objectIdToMerge").GetString() is { } id && r.Body!.Contains($"\"id\":\"{id}\"")));

        var second = await session.RunAsync(JobNames.Pipeline, ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Empty(second.Errors);
    }
}
