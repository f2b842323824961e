using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

[Collection(HostCollection.Name)]
public class WriteBackFailureTests
{
    [Fact]
    public async Task WriteBack_RecordDeletedInTheCrm_FailureIsRecordedPerRecordAndRetriedNextRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 11 }, 0, null, ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        await runner.RunAsync(DemoSession.Connector, JobNames.Sync, false, null, ct);
        var analysis = await runner.RunAsync(DemoSession.Connector, JobNames.Analyze, false, null, ct);
        Assert.True(analysis.Counts[CounterNames.ValuesComputed] > 0);

        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var deal = await store.ReadRecordsAsync(DemoSession.Connector, "deals", false, ct)
            .FirstAsync(d => d.Get("hs_is_closed") != "true", ct);
        await DeleteInCrmAsync(demo.Sandbox, "deals", deal.Id, ct);

        var first = await runner.RunAsync(DemoSession.Connector, JobNames.WriteBack, false, null, ct);

        Assert.Equal(RunStatus.PartiallyFailed, first.Status);
        // The value write fails (207) and, for a deal over its stage limit, so does the task on it.
        Assert.All(first.Errors, e => Assert.Equal(("deals", deal.Id), (e.ObjectType, e.RecordId)));
        Assert.Single(first.Errors, e => e.Code != "ALERT_CREATE_FAILED");
        Assert.True(first.Counts[CounterNames.ValuesWritten] > 0);
        Assert.Equal(first.Errors.Count, (await store.GetRunErrorsAsync(first.RunId, ct)).Count);
        Assert.DoesNotContain(deal.Id, (await store.GetWrittenAsync(DemoSession.Connector, "deals", ct)).Keys);

        var second = await runner.RunAsync(DemoSession.Connector, JobNames.WriteBack, false, null, ct);

        Assert.Equal(RunStatus.PartiallyFailed, second.Status);
        Assert.Equal(first.Errors.Select(e => e.Code), second.Errors.Select(e => e.Code));
        Assert.All(second.Errors, e => Assert.Equal(deal.Id, e.RecordId));
        Assert.Equal(0, second.Counts[CounterNames.ValuesWritten]);
        Assert.Equal(1, second.Counts[CounterNames.WriteCalls]);
    }

    [Fact]
    public async Task Pipeline_DryRun_PlansWritesAndAlertsButSendsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 5 }, 0, null, ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var dry = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, dryRun: true, null, ct);

        Assert.True(dry.DryRun);
        Assert.NotEmpty(dry.PlannedWrites);
        Assert.NotEmpty(dry.PlannedAlerts);
        Assert.All(dry.PlannedWrites, w => Assert.Null(w.OldValue));
        Assert.Empty(demo.Sandbox.State.ListTasks());
        Assert.DoesNotContain(demo.Sandbox.State.RequestLog, r => r.Method != "GET" && !r.Path.Contains("/search") && !r.Path.Contains("/batch/read"));

        var real = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, dryRun: false, null, ct);

        Assert.Equal(dry.PlannedWrites.Count, real.Counts[CounterNames.ValuesWritten]);
        Assert.Equal(dry.PlannedAlerts.Count, real.Counts[CounterNames.AlertsCreated]);
    }

    private static async Task DeleteInCrmAsync(SandboxHost sandbox, string type, string id, CancellationToken ct)
    {
        using var http = SandboxClient.Create(sandbox);
        (await http.DeleteAsync($"/crm/v3/objects/{type}/{id}", ct)).EnsureSuccessStatusCode();
    }
}
