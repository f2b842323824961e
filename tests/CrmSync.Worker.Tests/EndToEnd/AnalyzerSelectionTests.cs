using CrmSync.Core.Duplicates;
using CrmSync.Core.StageRules;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary><c>--only</c> and schedules that name analyzers: one job kind serves any subset of analyzers.</summary>
[Collection(HostCollection.Name)]
public class AnalyzerSelectionTests
{
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.Connector}";

    [Fact]
    public async Task Pipeline_OnlyStageAge_WritesOnlyItsPropertyThenDedupeAddsDuplicatesAndKeepsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 600, Seed = 5 }, 0, null, ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var stageOnly = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, only: [StageAgeAnalyzer.AnalyzerName]);

        Assert.Equal(RunStatus.Succeeded, stageOnly.Status);
        Assert.NotEmpty(stageOnly.PlannedWrites);
        Assert.All(stageOnly.PlannedWrites, w => Assert.Equal(StageAgeAnalyzer.DaysInStageProperty, w.Property));
        Assert.All(stageOnly.PlannedAlerts, a => Assert.Equal(StageAgeAnalyzer.AlertType, a.AlertType));
        Assert.DoesNotContain(demo.Sandbox.State.ListTasks(), t => t.Subject?.Contains("possible duplicate") == true);

        var dedupe = await runner.RunAsync(DemoSession.Connector, JobNames.Dedupe, false, null, ct);

        Assert.Equal(RunStatus.Succeeded, dedupe.Status);
        Assert.NotEmpty(dedupe.PlannedWrites);
        Assert.All(dedupe.PlannedWrites, w => Assert.StartsWith("duplicate_", w.Property));
        Assert.Equal(0, dedupe.Counts.GetValueOrDefault(CounterNames.AlertsResolved));
        var deals = await demo.App.Services.GetRequiredService<IRecordStore>().GetWrittenAsync(DemoSession.Connector, "deals", ct);
        Assert.Contains(deals.Values, w => w.Values.ContainsKey(StageAgeAnalyzer.DaysInStageProperty));
    }

    [Fact]
    public async Task Dedupe_AnalyzerDisabled_FailsNamingTheKeyAndRunsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 200, Seed = 6 }, 0, null, ct,
            new Dictionary<string, string?> { [$"{Prefix}:Dedupe:Enabled"] = "false" });
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync(DemoSession.Connector, JobNames.Dedupe, false, null, ct));

        Assert.Contains($"{Prefix}:Dedupe:Enabled", error.Message);
        Assert.Empty(demo.Sandbox.State.RequestLog);
    }

    [Fact]
    public async Task Schedule_NamingAJobAndAnalyzers_RunsThatJobWithThoseAnalyzersOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 400, Seed = 7 }, 0, null, ct,
            new Dictionary<string, string?>
            {
                [$"{Prefix}:Schedules:nightly_dupes:Job"] = JobNames.Pipeline,
                [$"{Prefix}:Schedules:nightly_dupes:Analyzers:0"] = DuplicateAnalyzer.AnalyzerName,
                [$"{Prefix}:Schedules:nightly_dupes:Cron"] = "0 3 * * *",
            });
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var run = await runner.RunScheduledAsync(DemoSession.Connector, "nightly_dupes", null, ct);

        Assert.Equal(JobNames.Pipeline, run.Job);
        Assert.True(run.Counts.GetValueOrDefault(CounterNames.Pulled("contacts")) > 0);
        Assert.NotEmpty(run.PlannedWrites);
        Assert.All(run.PlannedWrites, w => Assert.StartsWith("duplicate_", w.Property));
    }

    [Fact]
    public async Task Only_UnknownAnalyzer_ListsTheRegisteredOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 8 }, 0, null, ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => runner.RunAsync(DemoSession.Connector, JobNames.Analyze, false, null, ct, only: ["stage-ages"]));

        Assert.Contains("stage-ages", error.Message);
        Assert.Contains(StageAgeAnalyzer.AnalyzerName, error.Message);
        Assert.Contains(DuplicateAnalyzer.AnalyzerName, error.Message);
    }
}
