using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// The portal's daily API budget is shared with its other apps and people: a run stops while HubSpot still reports the
/// configured reserve left, says so as its status and message, and never runs into HubSpot's own 429 DAILY.
/// </summary>
[Collection(HostCollection.Name)]
public class DailyBudgetTests
{
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.Connector}";

    [Fact]
    public async Task Pipeline_DailyRemainingDownToTheReserve_StopsAsBudgetExhaustedInRunsAndOnTheDashboard()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 4, DailyLimit = 30 }, 0, null, ct,
            new Dictionary<string, string?> { [$"{Prefix}:RateLimit:DailyReserve"] = "20", [$"{Prefix}:Schedules:pipeline:Enabled"] = "false" });

        var run = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.BudgetExhausted, run.Status);
        Assert.Contains($"{Prefix}:RateLimit:DailyReserve", run.Message);
        Assert.Contains("20 of 30 requests left", run.Message);
        Assert.Equal(0, run.Counts.GetValueOrDefault(CounterNames.RateLimited));
        Assert.Equal(10, run.Counts[CounterNames.ApiCalls]);

        using var http = new HttpClient();
        var runs = await http.GetStringAsync($"{demo.BaseAddress}/runs?connector={DemoSession.Connector}", ct);
        Assert.Contains("\"status\":\"BudgetExhausted\"", runs);
        Assert.Contains("RateLimit:DailyReserve", runs);
        var job = await http.GetStringAsync($"{demo.BaseAddress}/hangfire/jobs/details/{run.HangfireJobId}", ct);
        Assert.Contains("BudgetExhausted", job);
        Assert.Contains("RateLimit:DailyReserve", job);
    }
}
