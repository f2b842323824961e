using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.WritePath;

/// <summary>A batch the CRM rejects as a whole for one bad record does not hold back the others.</summary>
[Collection(HostCollection.Name)]
public class BatchRejectionWriteTests
{
    [Fact]
    public async Task WriteBack_DeletedDealInABatchRejectedAsAWhole_WritesEveryOtherDealAndRetriesOnlyThatOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var session = await WritePathSession.StartAsync(
            new SandboxOptions { Records = 1_000, Seed = 11, RejectBatchWithMissingIds = true }, "00:00:00", ct);
        await session.RunAsync(JobNames.Sync, ct);
        await session.RunAsync(JobNames.Analyze, ct);
        var planned = (await session.DryRunAsync(JobNames.WriteBack, ct)).PlannedWrites
            .Where(w => w.ObjectType == "deals").Select(w => w.RecordId).ToHashSet();
        var deleted = planned.Order(StringComparer.Ordinal).Skip(planned.Count / 3).First();
        await session.DeleteInCrmAsync("deals", deleted, ct);

        var first = await session.RunAsync(JobNames.WriteBack, ct);

        Assert.Equal(RunStatus.PartiallyFailed, first.Status);
        var failure = Assert.Single(first.Errors, e => e.Code != "ALERT_CREATE_FAILED");
        Assert.Equal(("deals", deleted, "VALIDATION_ERROR"), (failure.ObjectType, failure.RecordId, failure.Code));
        Assert.Contains(deleted, failure.Message);
        var written = await session.Store.GetWrittenAsync(DemoSession.Connector, "deals", ct);
        Assert.Equal(planned.Where(id => id != deleted).Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        var sample = written.Values.First();
        Assert.Equal(sample.Values["days_in_stage"], session.Crm.GetPropertyValue("deals", sample.RecordId, "crmsync_days_in_stage"));

        var second = await session.RunAsync(JobNames.WriteBack, ct);

        Assert.Equal(1, second.Counts[CounterNames.WriteCalls]);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(deleted, Assert.Single(second.Errors, e => e.Code != "ALERT_CREATE_FAILED").RecordId);
    }
}
