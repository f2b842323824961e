using CrmSync.Core.Analysis;
using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Records;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>
/// Issue 9 point 2: a named company property as the money source (<c>RevenueSource = CompanyProperty</c>). Company A's
/// property: 1,000 from 2025-01-15, 1,500 from 2025-03-10, emptied on 2025-06-05; the MRR at a month end is the value
/// it had then. Company B never had the property.
/// </summary>
public class CompanyPropertyRevenueTests
{
    private static readonly MetricsOptions Options = new() { RevenueSource = RevenueSource.CompanyProperty };

    [Theory]
    [InlineData("2025-03-20", "1500", "500", "upgrade")]   // end of March 1,500; end of February 1,000
    [InlineData("2025-04-20", "1500", "0", "unchanged")]
    [InlineData("2025-06-20", "0", "-1500", "churn")]      // emptied on 2025-06-05: 0 at the end of June
    public void CompanyValues_FollowThePropertysHistory(string asOf, string mrr, string movement, string bucket)
    {
        var now = DateTimeOffset.Parse(asOf + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var context = new AnalysisContext("acme", now, Records(), [], []);

        var values = MetricsAnalyzer.Create(Options).Analyze(context).Values.ToList();

        Assert.Equal(mrr, Single(values, MetricsProperties.Mrr));
        Assert.Equal(movement, Single(values, MetricsProperties.MrrMovement));
        Assert.Equal(bucket, Single(values, MetricsProperties.MrrBucket));
        Assert.DoesNotContain(values, v => v.RecordId == "B");
    }

    [Fact]
    public void Bridge_OverTheSecondQuarter_StartsAt1500AndChurnsIt()
    {
        var input = RecordMetricsInput.Build(type => Records()[type], [], Options, "CrmSync:Connectors:acme:Metrics", new DateTime(2025, 7, 10, 0, 0, 0, DateTimeKind.Utc));

        var metrics = new MetricsEngine(input, Options, new DateTime(2025, 7, 10, 0, 0, 0, DateTimeKind.Utc)).Compute(MetricsPeriod.Quarter(2025, 2)).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Starting, 1_500m, 2, n: 1);
        MetricAssert.Value(metrics, MetricKeys.Churn, 1_500m, 2, n: 1);
        MetricAssert.Value(metrics, MetricKeys.Ending, 0m, 2, n: 0);
        MetricAssert.Value(metrics, MetricKeys.Nrr, 0m, 2, n: 1);
    }

    [Fact]
    public void NotANumber_IsNamedWithTheCompany()
    {
        var records = Records();
        records[CrmObjectTypes.Companies] = [Company("C", ("12k", "2025-01-01"))];

        var e = Assert.Throws<MetricsInputException>(() => RecordMetricsInput.Build(type => records[type], [], Options, "x", null));

        Assert.Contains("company 'C': recurring_amount '12k' is not a number", e.Message);
    }

    private static Dictionary<string, IReadOnlyList<CrmRecord>> Records() => new()
    {
        [CrmObjectTypes.Companies] = [Company("A", ("1000", "2025-01-15"), ("1500", "2025-03-10"), ("", "2025-06-05")), Company("B")],
        [CrmObjectTypes.Deals] = [],
        [CrmObjectTypes.Contacts] = [],
        [CrmObjectTypes.Leads] = [],
    };

    private static CrmRecord Company(string id, params (string Value, string At)[] history)
    {
        var created = new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);
        return new CrmRecord(CrmObjectTypes.Companies, id, new Dictionary<string, string?> { [CanonicalFields.RecurringAmount] = history.LastOrDefault().Value }, created, created)
        {
            History = history.Length == 0
                ? new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>()
                : new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>
                {
                    [CanonicalFields.RecurringAmount] = [.. history.Select(h => new PropertyHistoryEntry(h.Value,
                        DateTimeOffset.Parse(h.At + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)))],
                },
        };
    }

    private static string? Single(List<ComputedValue> values, string property) =>
        Assert.Single(values, v => v.RecordId == "A" && v.Property == property).Value;
}
