using System.Net;
using System.Text.Json;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// Issue 12 point 4's connector health on the CrmSync page and at <c>GET /api/connectors/health</c>: the last success,
/// the last failure and why (run history), and the API budget left as each connector last saw it.
/// </summary>
[Collection(HostCollection.Name)]
public class ConnectorHealthEndToEndTests
{
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.Connector}";
    private const int DailyLimit = 600;
    private const int Reserve = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HubSpot_ASuccessThenARunStoppedAtTheDailyReserve_ShowsBothAndTheBudgetLeft()
    {
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 200, Seed = 5, DailyLimit = DailyLimit }, 0, null, Ct,
            new Dictionary<string, string?> { [$"{Prefix}:RateLimit:DailyReserve"] = $"{Reserve}", [$"{Prefix}:Schedules:pipeline:Enabled"] = "false" });
        var succeeded = await demo.RunPipelineAsync(Ct);
        Assert.Equal(RunStatus.Succeeded, succeeded.Status);

        // Another app of the portal spends the day's budget down to CrmSync's reserve.
        var left = await SpendDownToAsync(demo.Sandbox, Reserve);
        var stopped = await demo.RunPipelineAsync(Ct);
        Assert.Equal(RunStatus.BudgetExhausted, stopped.Status);

        using var http = new HttpClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync($"{demo.BaseAddress}/api/connectors/health", Ct));
        var health = json.RootElement.EnumerateArray().Single(c => c.GetProperty("connector").GetString() == DemoSession.Connector);
        Assert.Equal(succeeded.Id, health.GetProperty("lastSuccess").GetProperty("runId").GetInt64());
        var failure = health.GetProperty("lastFailure");
        Assert.Equal(stopped.Id, failure.GetProperty("runId").GetInt64());
        Assert.Equal("BudgetExhausted", failure.GetProperty("status").GetString());
        Assert.Equal(stopped.Message, failure.GetProperty("why").GetString());
        Assert.Contains($"{Prefix}:RateLimit:DailyReserve", stopped.Message, StringComparison.Ordinal);
        var budget = health.GetProperty("apiBudget");
        Assert.Equal(DailyLimit, budget.GetProperty("limit").GetInt64());
        Assert.InRange(budget.GetProperty("remaining").GetInt64(), left - stopped.Counts[CounterNames.ApiCalls], Reserve);
        Assert.Equal("daily", budget.GetProperty("window").GetString());

        var page = await http.GetStringAsync($"{demo.DashboardUrl}/crmsync", Ct);
        var section = page[page.IndexOf("crmsync-health", StringComparison.Ordinal)..];
        Assert.Contains($"<td>{stopped.Id}</td><td>pipeline BudgetExhausted: {WebUtility.HtmlEncode(stopped.Message)}</td>", section, StringComparison.Ordinal);
        Assert.Contains($"<td>{succeeded.Id}</td><td>pipeline Succeeded</td>", section, StringComparison.Ordinal);
        Assert.Contains($"{budget.GetProperty("remaining").GetInt64():#,0} of 600 calls", section, StringComparison.Ordinal);
        Assert.DoesNotContain(demo.Sandbox.AccessToken, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salesforce_TheOrgsRollingAllocationLeft_AsSforceLimitInfoLastSaidIt()
    {
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 200, Seed = 5 }, 0, null, Ct, crm: DemoCrm.Salesforce);
        var run = await demo.RunPipelineAsync(Ct);
        Assert.Equal(RunStatus.Succeeded, run.Status);
        var org = demo.SalesforceOrg!;

        using var http = new HttpClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync($"{demo.BaseAddress}/api/connectors/health", Ct));
        var health = json.RootElement.EnumerateArray().Single(c => c.GetProperty("connector").GetString() == DemoSession.SalesforceConnector);
        Assert.Equal(run.Id, health.GetProperty("lastSuccess").GetProperty("runId").GetInt64());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("lastFailure").ValueKind);
        var budget = health.GetProperty("apiBudget");
        var max = budget.GetProperty("limit").GetInt64();
        Assert.Equal(new CrmSync.Sandbox.Salesforce.SalesforceOrgOptions().DailyApiLimit, max);
        // What the org counts now, less nothing: the last answer's header already counted the run's last call.
        Assert.Equal(max - org.State.ApiUsage, budget.GetProperty("remaining").GetInt64());
        Assert.Equal("rolling 24 h", budget.GetProperty("window").GetString());
        var page = await http.GetStringAsync($"{demo.DashboardUrl}/crmsync", Ct);
        Assert.Contains($"{max - org.State.ApiUsage:#,0} of {max:#,0} calls", page, StringComparison.Ordinal);
    }

    /// <summary>Plain GETs with the portal's token until HubSpot reports at most <paramref name="target"/> left; returns the last figure.</summary>
    private static async Task<long> SpendDownToAsync(SandboxHost sandbox, long target)
    {
        using var client = SandboxClient.Create(sandbox);
        while (true)
        {
            using var response = await client.GetAsync("/crm/v3/owners", Ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(500, Ct);
                continue;
            }

            response.EnsureSuccessStatusCode();
            var left = long.Parse(response.Headers.GetValues("X-HubSpot-RateLimit-Daily-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture);
            if (left <= target)
                return left;
        }
    }
}
