using System.Globalization;
using CrmSync.Core.Metrics;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Sandbox;
using CrmSync.Sandbox.Scenarios;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Metrics;
using CrmSync.Worker.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 9's acceptance: "the same metrics on the HubSpot sandbox and the Salesforce sandbox, seeded with the same
/// scenario, agree". Both fakes hold <see cref="MetricsScenario"/> in their own shape (HubSpot: lifecyclestage and
/// dealstage history; Salesforce: OpportunityHistory rows and lifecycle date fields on leads and contacts); the real
/// pipeline pulls each through its real connector into one real store, and the metrics of several periods are
/// compared key by key: value, n and reason. Where the CRMs genuinely differ the comparison says how:
/// <list type="bullet">
/// <item>stage keys are each CRM's stage ids (HubSpot <c>closedwon</c>, Salesforce <c>Closed Won</c>): HubSpot's
/// keys are translated through the scenario's stage names before comparing;</item>
/// <item><c>Sessions</c> lives in neither CRM (web analytics): <c>MissingInput</c> on both;</item>
/// <item>money comes from the won deals' amounts over a 12-month contract (<c>RevenueSource: ContractAmount</c>), the
/// one source both CRMs have (HubSpot's <c>hs_mrr</c> needs line items, Salesforce has no such field).</item>
/// </list>
/// </summary>
[Collection(HostCollection.Name)]
public class MetricsAgreementTests(ITestOutputHelper output)
{
    private static readonly DateTime AsOf = MetricsScenario.Anchor.UtcDateTime;

    /// <summary>A month, a quarter, the trailing 12 months and a calendar year, all before the anchor.</summary>
    private static readonly MetricsPeriod[] Periods =
    [
        MetricsPeriod.Month(2026, 5),
        MetricsPeriod.Quarter(2026, 1),
        MetricsPeriod.Between(AsOf.AddMonths(-12), AsOf),
        MetricsPeriod.Year(2025),
    ];

    /// <summary>Volumes and ratios that must have a value in the trailing 12 months (the scenario is built to give them one).</summary>
    private static readonly string[] MustHaveValues =
    [
        MetricKeys.Leads, MetricKeys.Mqls, MetricKeys.Sqls, MetricKeys.Opportunities, MetricKeys.Won, MetricKeys.Starting, MetricKeys.NetNew,
        MetricKeys.Churn, MetricKeys.Ending, MetricKeys.Nrr, MetricKeys.Grr, MetricKeys.WinRate, MetricKeys.AverageDealSize, MetricKeys.SalesCycleDays,
        MetricKeys.PipelineVelocity, "cr.Leads.Mqls", "cr.Mqls.Sqls", "dt.Leads.Mqls", "dt.Mqls.Sqls",
        MetricKeys.LifecycleGap(LifecycleStages.Lead, LifecycleStages.MarketingQualifiedLead),
        MetricKeys.LifecycleGap(LifecycleStages.SalesQualifiedLead, LifecycleStages.Opportunity),
        MetricKeys.LifecycleGap(LifecycleStages.Opportunity, LifecycleStages.Customer),
    ];

    [Fact]
    public Task BothCrms_SameScenario_EveryMetricAgrees_OnSqlite() => AgreeAsync(null);

    [Fact]
    public async Task BothCrms_SameScenario_EveryMetricAgrees_OnPostgres()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await AgreeAsync(database.ConnectionString);
    }

    private async Task AgreeAsync(string? connectionString)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?>();
        foreach (var connector in new[] { DemoSession.Connector, DemoSession.SalesforceConnector })
            settings[$"CrmSync:Connectors:{connector}:Metrics:RevenueSource"] = "ContractAmount";
        foreach (var (stage, field) in MetricsScenario.SalesforceLifecycleFields)
            settings[$"CrmSync:Connectors:{DemoSession.SalesforceConnector}:LifecycleDateFields:{stage}"] = field;
        if (connectionString is not null)
            settings["ConnectionStrings:CrmSync"] = connectionString;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { MetricsScenario = true }, 0, null, ct, settings, crm: DemoCrm.Both);

        var hubSpotRun = await demo.RunPipelineAsync(DemoSession.Connector, ct);
        var salesforceRun = await demo.RunPipelineAsync(DemoSession.SalesforceConnector, ct);

        Assert.Equal((RunStatus.Succeeded, RunStatus.Succeeded), (hubSpotRun.Status, salesforceRun.Status));
        await AssertLifecycleHistoryPulledAsync(demo.App.Services.GetRequiredService<IRecordStore>(), ct);
        var metrics = demo.App.Services.GetRequiredService<StoredConnectorMetricsInputs>();
        foreach (var period in Periods)
        {
            var (hubSpot, _) = await metrics.ComputeAsync(DemoSession.Connector, period, AsOf, null, ct);
            var (salesforce, _) = await metrics.ComputeAsync(DemoSession.SalesforceConnector, period, AsOf, null, ct);
            var left = hubSpot.Metrics.Items.ToDictionary(i => SalesforceKey(i.Key), i => i.Value, StringComparer.Ordinal);
            var right = salesforce.Metrics.Items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

            Assert.Equal(left.Keys.Order(StringComparer.Ordinal), right.Keys.Order(StringComparer.Ordinal));
            var differences = left.Where(p => !Same(p.Value, right[p.Key])).Select(p => $"{p.Key}: HubSpot {Show(p.Value)}, Salesforce {Show(right[p.Key])}").ToList();
            Assert.True(differences.Count == 0, $"{period}: {differences.Count} of {left.Count} metrics differ:\n{string.Join('\n', differences)}");
            Assert.Equal(MetricNullReason.MissingInput, right[MetricKeys.Sessions].Reason);
            Assert.True(right[MetricKeys.Nrr].HasValue, $"{period}: nrr is {Show(right[MetricKeys.Nrr])}");
            Assert.True(right[MetricKeys.Leads].Value > 0, $"{period}: no leads");
            output.WriteLine($"{period}: {left.Count} metrics agree, {right.Values.Count(v => v.HasValue)} with a value; Leads {Show(right[MetricKeys.Leads])}, "
                + $"Mqls {Show(right[MetricKeys.Mqls])}, Sqls {Show(right[MetricKeys.Sqls])}, Won {Show(right[MetricKeys.Won])}, nrr {Show(right[MetricKeys.Nrr])}");
        }

        var (trailing, _) = await metrics.ComputeAsync(DemoSession.SalesforceConnector, Periods[2], AsOf, null, ct);
        Assert.All(MustHaveValues, key => Assert.True(trailing.Metrics[key].HasValue, $"{key} is {Show(trailing.Metrics[key])} in {Periods[2]}"));
    }

    /// <summary>
    /// Each CRM's stored people carry the scenario's lifecycle path as their <c>lifecycle_stage</c> history: HubSpot's
    /// from <c>propertiesWithHistory=lifecyclestage</c>, Salesforce's from the configured date fields.
    /// </summary>
    private static async Task AssertLifecycleHistoryPulledAsync(IRecordStore store, CancellationToken ct)
    {
        foreach (var (connector, types) in new[]
        {
            (DemoSession.Connector, new[] { CrmObjectTypes.Contacts }),
            (DemoSession.SalesforceConnector, new[] { CrmObjectTypes.Contacts, CrmObjectTypes.Leads }),
        })
        {
            var people = new List<CrmRecord>();
            foreach (var type in types)
            {
                await foreach (var record in store.ReadRecordsAsync(connector, type, includeArchived: false, ct))
                    people.Add(record);
            }

            Assert.Equal(MetricsScenario.People.Count, people.Count);
            foreach (var person in MetricsScenario.People)
            {
                var record = Assert.Single(people, p => p.Get(CanonicalFields.Email) == person.Email);
                Assert.True(record.History.ContainsKey(CanonicalFields.LifecycleStage),
                    $"{connector} {record.ObjectType} {record.Id} has no lifecycle history (history of: {string.Join(", ", record.History.Keys)})");
                var history = record.History[CanonicalFields.LifecycleStage].OrderBy(h => h.Timestamp).Select(h => (h.Value, h.Timestamp));
                Assert.Equal(person.Path.Select(s => ((string?)s.Stage, MetricsScenario.Anchor.AddDays(-s.DaysAgo))), history);
            }
        }
    }

    /// <summary>A HubSpot metric key with each scenario stage id replaced by the Salesforce stage name it stands for.</summary>
    private static string SalesforceKey(string key)
    {
        var names = MetricsScenario.DealStages.ToDictionary(MetricsScenario.HubSpotStageId, s => s, StringComparer.Ordinal);
        return string.Join('.', key.Split('.').Select(part => names.GetValueOrDefault(part, part)));
    }

    private static bool Same(MetricValue a, MetricValue b) => a.Rounded == b.Rounded && a.N == b.N && a.Reason == b.Reason;

    private static string Show(MetricValue v) =>
        v.Rounded is { } value ? $"{value.ToString(CultureInfo.InvariantCulture)} (n {v.N})" : $"null {v.Reason} (n {v.N})";
}
