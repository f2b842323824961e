using System.Text.Json;
using CrmSync.Core.Duplicates;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

[Collection(HostCollection.Name)]
public class DuplicateEndToEndTests(ITestOutputHelper output)
{
    /// <summary>The sandbox is a HubSpot portal: CrmSync's properties carry HubSpot's names there.</summary>
    private const string HubSpotGroup = "crmsync_" + DuplicateProperties.Group;

    [Theory]
    [InlineData(21)]
    [InlineData(42)] // the sandbox `crmsync demo` starts (2,000 contacts, default seed)
    public async Task Pipeline_PlantedDuplicates_AreGroupedWrittenAndAlertedOncePerGroup(int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 2_000, Seed = seed }, 0, null, ct);
        var state = demo.Sandbox.State;

        var first = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var planted = state.PlantedDuplicates;
        var found = planted.Count(p =>
            state.GetPropertyValue(p.ObjectType, p.OriginalId, HubSpotGroup) is { Length: > 0 } group
            && group == state.GetPropertyValue(p.ObjectType, p.DuplicateId, HubSpotGroup));
        output.WriteLine($"seed {seed}: planted duplicate pairs found in one group: {found} of {planted.Count}");
        Assert.True(found >= 0.95 * planted.Count, $"only {found} of {planted.Count} planted pairs were grouped");

        var duplicateTasks = state.ListTasks().Where(t => t.Subject?.Contains("possible duplicate") == true).ToList();
        var members = await GroupMembersAsync(demo, planted.Select(p => p.ObjectType).Distinct(), ct);
        var groups = members.Count;
        var plantedRecords = planted.SelectMany(p => new[] { (p.ObjectType, p.OriginalId), (p.ObjectType, p.DuplicateId) }).ToHashSet();
        var unplanted = members.Count(g => !g.Any(plantedRecords.Contains));
        output.WriteLine($"duplicate groups: {groups} ({unplanted} without a planted duplicate), tasks: {duplicateTasks.Count}");
        Assert.Equal(groups, duplicateTasks.Count);
        Assert.True(groups <= planted.Count * 1.1, $"{groups} groups for {planted.Count} planted pairs: too many false groups");

        Assert.DoesNotContain(state.RequestLog, r => r.Path.EndsWith("/merge", StringComparison.Ordinal));

        var second = await demo.RunPipelineAsync(ct);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.WriteCalls));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
    }

    [Fact]
    public async Task Pipeline_AutoMergeEnabled_MergesConfidentDuplicatesOnceAndNeverWritesToMergedRecords()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 9 }, 0, null, ct,
            new Dictionary<string, string?>
            {
                [$"CrmSync:Connectors:{DemoSession.Connector}:Dedupe:AutoMerge:Enabled"] = "true",
                [$"CrmSync:Connectors:{DemoSession.Connector}:Dedupe:AutoMerge:MinProbability"] = "0.99",
            });

        var first = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var merges = demo.Sandbox.State.RequestLog.Where(r => r.Path.EndsWith("/merge", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(merges);
        Assert.Equal(merges.Count, first.Counts[CounterNames.RecordsMerged]);
        Assert.All(merges, m => Assert.True(m.Status == 200, $"{m.Path} answered {m.Status}: {m.Body}"));

        var second = await demo.RunPipelineAsync(ct);

        // A record whose primary was itself merged away waits for the next run; no record is ever merged twice.
        Assert.Equal(RunStatus.Succeeded, second.Status);
        var all = demo.Sandbox.State.RequestLog.Where(r => r.Path.EndsWith("/merge", StringComparison.Ordinal)).ToList();
        Assert.Equal(merges.Count + second.Counts.GetValueOrDefault(CounterNames.RecordsMerged), all.Count);
        var mergedIds = all.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("objectIdToMerge").GetString()).ToList();
        Assert.Equal(mergedIds.Count, mergedIds.Distinct().Count());
        Assert.All(all, m => Assert.Equal(200, m.Status));
    }

    [Fact]
    public async Task DedupeJob_AfterAPipeline_WritesNothingAndKeepsOtherValues()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 4 }, 0, null, ct);
        await demo.RunPipelineAsync(ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var dedupe = await runner.RunAsync(DemoSession.Connector, JobNames.Dedupe, false, null, ct);

        Assert.Equal(RunStatus.Succeeded, dedupe.Status);
        Assert.Equal(0, dedupe.Counts.GetValueOrDefault(CounterNames.WriteCalls));
        Assert.Equal(0, dedupe.Counts.GetValueOrDefault(CounterNames.AlertsResolved));
        var written = await demo.App.Services.GetRequiredService<IRecordStore>().GetWrittenAsync(DemoSession.Connector, "deals", ct);
        Assert.NotEmpty(written);
    }

    [Fact]
    public async Task Pipeline_DuplicatesMergedInTheCrm_ClearsTheSurvivorsValuesAndResolvesTheAlert()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 13 }, 0, null, ct);
        var state = demo.Sandbox.State;
        await demo.RunPipelineAsync(ct);
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var written = await store.GetWrittenAsync(DemoSession.Connector, "contacts", ct);
        var pair = written.Values
            .Where(w => w.Values.ContainsKey(DuplicateProperties.Group))
            .GroupBy(w => w.Values[DuplicateProperties.Group])
            .First(g => g.Count() == 2)
            .Select(w => w.RecordId)
            .ToList();

        await MergeInCrmAsync(demo.Sandbox, "contacts", pair[0], pair[1], ct);
        // A merge archives a record, which only a full pull notices (scheduled by FullReconcileInterval; forced here).
        var after = await demo.App.Services.GetRequiredService<ConnectorJobRunner>()
            .RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, forceFullPull: true);

        Assert.Equal(RunStatus.Succeeded, after.Status);
        Assert.True((await store.GetRecordAsync(DemoSession.Connector, "contacts", pair[1], ct))!.Archived);
        Assert.True(string.IsNullOrEmpty(state.GetPropertyValue("contacts", pair[0], HubSpotGroup)));
        Assert.True(string.IsNullOrEmpty(state.GetPropertyValue("contacts", pair[0], "crmsync_" + DuplicateProperties.Score)));
        Assert.True(after.Counts[CounterNames.AlertsResolved] >= 1);
    }

    private static async Task MergeInCrmAsync(SandboxHost sandbox, string type, string primary, string merged, CancellationToken ct)
    {
        using var http = SandboxClient.Create(sandbox);
        var response = await http.PostAsync($"/crm/v3/objects/{type}/merge",
            new StringContent($$"""{"primaryObjectId":"{{primary}}","objectIdToMerge":"{{merged}}"}""", System.Text.Encoding.UTF8, "application/json"), ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The members of each duplicate group, as (object type, record id).</summary>
    private static async Task<List<List<(string, string)>>> GroupMembersAsync(DemoSession demo, IEnumerable<string> objectTypes, CancellationToken ct)
    {
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var groups = new List<List<(string, string)>>();
        foreach (var type in objectTypes)
        {
            var written = await store.GetWrittenAsync(DemoSession.Connector, type, ct);
            groups.AddRange(written.Values
                .Where(w => w.Values.GetValueOrDefault(DuplicateProperties.Group) is { Length: > 0 })
                .GroupBy(w => w.Values[DuplicateProperties.Group])
                .Select(g => g.Select(w => (type, w.RecordId)).ToList()));
        }

        return groups;
    }
}
