using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CrmSync.Core.Metrics.Records;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// The metrics over a connector's stored data, end to end on the HubSpot sandbox: the pipeline stores the snapshots
/// and writes the company and deal properties (a second run writes nothing), <c>GET /api/metrics</c> answers over
/// HTTP, and <c>crmsync metrics --connector</c> prints the same JSON from the same store.
/// </summary>
[Collection(HostCollection.Name)]
public class MetricsEndToEndTests
{
    private static readonly Dictionary<string, string?> ContractRevenue = new()
    {
        [$"CrmSync:Connectors:{DemoSession.Connector}:Metrics:RevenueSource"] = "ContractAmount",
    };

    [Fact]
    public async Task Pipeline_StoresSnapshots_WritesMetricProperties_ApiAndCliAgree()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 7 }, 0, null, ct, ContractRevenue);

        var first = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var companies = await store.GetWrittenAsync(DemoSession.Connector, CrmObjectTypes.Companies, ct);
        var (companyId, written) = companies.First(c => c.Value.Values.TryGetValue(MetricsProperties.Mrr, out var mrr) && mrr != "0");
        Assert.Equal(written.Values[MetricsProperties.Mrr], demo.Sandbox.State.GetPropertyValue("companies", companyId, "crmsync_mrr"));
        Assert.Equal(ExpectedMrr(await DealsOf(store, companyId, ct), await PipelinesOf(demo, ct), DateTime.UtcNow), decimal.Parse(written.Values[MetricsProperties.Mrr]!, CultureInfo.InvariantCulture));
        var deals = await store.GetWrittenAsync(DemoSession.Connector, CrmObjectTypes.Deals, ct);
        Assert.Contains(deals.Values, d => d.Values.GetValueOrDefault(MetricsProperties.CycleDays) is not null);
        Assert.Contains(deals.Values, d => d.Values.GetValueOrDefault(MetricsProperties.StageWinProbability) is not null);

        var snapshots = await demo.App.Services.GetRequiredService<MetricSnapshotStore>().ReadAsync(DemoSession.Connector, ct);
        var now = DateTime.UtcNow;
        Assert.Contains($"month:{now:yyyy-MM}", snapshots.Keys);
        Assert.Contains($"month:{now.AddMonths(-1):yyyy-MM}", snapshots.Keys);
        Assert.Contains(snapshots.Keys, k => k.StartsWith("quarter-to-date:", StringComparison.Ordinal));
        Assert.Contains($"trailing-12-months:{now:yyyy-MM}", snapshots.Keys);

        // Every deal the sandbox holds was created before now: all of them are opportunities of [2000-01-01, tomorrow).
        var span = $"from=2000-01-01&to={now.AddDays(1):yyyy-MM-dd}&asOf={now:yyyy-MM-ddTHH:mm:ssZ}";
        using var http = new HttpClient();
        var response = await http.GetAsync($"{demo.BaseAddress}/api/metrics?connector={DemoSession.Connector}&{span}", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        var storedDeals = await store.CountRecordsAsync(DemoSession.Connector, CrmObjectTypes.Deals, ct);
        Assert.Equal(storedDeals, api.GetProperty("metrics").GetProperty("Opportunities").GetProperty("value").GetInt32());

        var (exit, output) = await CliAsync(demo, "--from", "2000-01-01", "--to", $"{now.AddDays(1):yyyy-MM-dd}", "--as-of", $"{now:yyyy-MM-ddTHH:mm:ssZ}", "--json");
        Assert.True(exit == 0, output);
        Assert.Equal(api.GetProperty("metrics").ToString(), JsonDocument.Parse(output).RootElement.GetProperty("metrics").ToString());

        var second = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
    }

    [Fact]
    public async Task Api_BadArguments_Are400NamingThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 3 }, 0, null, ct);
        using var http = new HttpClient();

        var unknown = await http.GetAsync($"{demo.BaseAddress}/api/metrics?connector=nope&period=2025", ct);
        var period = await http.GetAsync($"{demo.BaseAddress}/api/metrics?connector={DemoSession.Connector}&period=Q2", ct);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("connector 'nope' is not configured under CrmSync:Connectors (configured: sandbox)", await unknown.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.Contains("period: 'Q2' is not a period", await period.Content.ReadAsStringAsync(ct));
    }

    /// <summary>metrics.md §2 by hand: each won deal of the company is amount / 12 a month while the month's end lies in [close, close + 12 months).</summary>
    private static decimal ExpectedMrr(IEnumerable<CrmRecord> deals, IReadOnlyList<CrmPipeline> pipelines, DateTime now)
    {
        var monthEnd = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        var total = 0m;
        foreach (var deal in deals)
        {
            var won = pipelines.Any(p => p.FindStage(deal.Get("stage"))?.IsWon == true);
            var close = CrmTimestamp.Parse(deal.Get("close_date"))?.UtcDateTime;
            if (won && close is { } start && decimal.TryParse(deal.Get("amount"), CultureInfo.InvariantCulture, out var amount) && amount > 0
                && start <= monthEnd && monthEnd < start.AddMonths(12))
            {
                total += amount / 12;
            }
        }

        return decimal.Round(total, 2);
    }

    private static async Task<List<CrmRecord>> DealsOf(IRecordStore store, string companyId, CancellationToken ct)
    {
        var deals = new List<CrmRecord>();
        await foreach (var deal in store.ReadRecordsAsync(DemoSession.Connector, CrmObjectTypes.Deals, false, ct))
        {
            if (deal.Associations.TryGetValue(CrmObjectTypes.Companies, out var ids) && ids.Count > 0 && ids[0] == companyId)
                deals.Add(deal);
        }

        return deals;
    }

    private static Task<IReadOnlyList<CrmPipeline>> PipelinesOf(DemoSession demo, CancellationToken ct) =>
        demo.App.Services.GetRequiredService<ConnectorDocuments>().GetPipelinesAsync(DemoSession.Connector, CrmObjectTypes.Deals, ct);

    /// <summary><c>crmsync metrics --connector sandbox</c> in this process, configured on the demo's store and connector.</summary>
    private static async Task<(int Exit, string Output)> CliAsync(DemoSession demo, params string[] args)
    {
        var configuration = demo.App.Services.GetRequiredService<IConfiguration>();
        var prefix = $"CrmSync:Connectors:{DemoSession.Connector}";
        var config = Path.Combine(Path.GetTempPath(), $"crmsync-metrics-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["ConnectionStrings"] = new Dictionary<string, string> { ["CrmSync"] = "" },
            ["CrmSync"] = new Dictionary<string, object>
            {
                ["DataDirectory"] = configuration["CrmSync:DataDirectory"]!,
                ["Connectors"] = new Dictionary<string, object>
                {
                    [DemoSession.Connector] = new Dictionary<string, object>
                    {
                        ["Kind"] = "HubSpot",
                        ["BaseUrl"] = configuration[$"{prefix}:BaseUrl"]!,
                        ["AccessToken"] = configuration[$"{prefix}:AccessToken"]!,
                        ["Metrics"] = new Dictionary<string, string> { ["RevenueSource"] = "ContractAmount" },
                    },
                },
            },
        }), TestContext.Current.CancellationToken);
        try
        {
            var output = new StringWriter();
            var exit = await CrmSyncCommandLine.Build().Parse(["metrics", "--connector", DemoSession.Connector, "--config", config, .. args])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
            return (exit, output.ToString());
        }
        finally
        {
            File.Delete(config);
        }
    }
}
