using CrmSync.Core.Analysis;
using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Records;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>
/// The metrics analyzer on canonical records, every value computed by hand: revenue from won deals spread over a
/// 12-month contract (company A: W1 12,000 → 1,000/month from 2025-02-09, W2 6,000 → 500/month from 2025-07-05), a
/// lost deal, two open deals, as of 2025-07-10.
/// </summary>
public class MetricsAnalyzerTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 10, 0, 0, 0, TimeSpan.Zero);

    private static readonly CrmPipeline Sales = new(CrmObjectTypes.Deals, "sales", "Sales",
    [
        new PipelineStage("discovery", "Discovery", 1, false, 0.1),
        new PipelineStage("proposal", "Proposal", 2, false, 0.5),
        new PipelineStage("closedwon", "Closed won", 3, true, 1.0),
        new PipelineStage("closedlost", "Closed lost", 4, true, 0.0),
    ]);

    [Fact]
    public void Companies_GetMrrMovementBucketAndCustomerSince()
    {
        var values = Analyze(Options());

        Assert.Equal("1500", Value(values, "A", MetricsProperties.Mrr));
        Assert.Equal("500", Value(values, "A", MetricsProperties.MrrMovement));
        Assert.Equal("upgrade", Value(values, "A", MetricsProperties.MrrBucket));
        Assert.Null(Value(values, "A", MetricsProperties.Nrr12m)); // no MRR at the end of July 2024
        Assert.Equal("2025-02-01T00:00:00Z", Value(values, "A", MetricsProperties.CustomerSince));
        // B only has a lost deal: no revenue, nothing written.
        Assert.DoesNotContain(values, v => v.RecordId == "B");
    }

    [Fact]
    public void Nrr12m_ComparesWithTheMonthEndAYearBefore()
    {
        // As of 2026-02-20: W1 (1,000) is live at the end of January 2026 but has ended by the end of February (its
        // term ran to 2026-02-09); W2 (500) runs to 2026-07-05. A year before, at the end of February 2025, A had W1.
        var values = Analyze(Options(), new DateTimeOffset(2026, 2, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("500", Value(values, "A", MetricsProperties.Mrr));
        Assert.Equal("-1000", Value(values, "A", MetricsProperties.MrrMovement));
        Assert.Equal("downgrade", Value(values, "A", MetricsProperties.MrrBucket));
        Assert.Equal("0.5", Value(values, "A", MetricsProperties.Nrr12m)); // 500 / 1,000 at the end of February 2025
    }

    [Fact]
    public void Deals_GetCycleDaysWinProbabilityAndExpectedValue()
    {
        var values = Analyze(Options());

        Assert.Equal("30", Value(values, "W1", MetricsProperties.CycleDays));
        Assert.Equal("65", Value(values, "W2", MetricsProperties.CycleDays));
        Assert.Null(Value(values, "L1", MetricsProperties.CycleDays));
        // Closed deals that entered proposal: W1 (won), L1 (lost), W2 (won, implied entry when it skipped proposal).
        Assert.Equal("0.6667", Value(values, "O1", MetricsProperties.StageWinProbability));
        Assert.Equal("7333.7", Value(values, "O1", MetricsProperties.ExpectedValue)); // 10,000 EUR × 1.10 × 0.6667
        Assert.Equal("0.6667", Value(values, "O2", MetricsProperties.StageWinProbability));
        Assert.Null(Value(values, "O2", MetricsProperties.ExpectedValue)); // no amount
        Assert.Null(Value(values, "W1", MetricsProperties.StageWinProbability));
    }

    [Fact]
    public void RecurringAmountSource_UsesTheDealsOwnMrr()
    {
        var options = Options();
        options.RevenueSource = RevenueSource.RecurringAmount;

        var values = Analyze(options);

        // Only W2 carries a recurring amount (250 a month).
        Assert.Equal("250", Value(values, "A", MetricsProperties.Mrr));
        Assert.Equal("new", Value(values, "A", MetricsProperties.MrrBucket));
    }

    [Fact]
    public void UnknownCurrency_IsNamedWithTheConnectorsKey()
    {
        var options = Options();
        options.ExchangeRates.Clear();

        var e = Assert.Throws<MetricsInputException>(() => Analyze(options));

        Assert.Contains("deal 'O1'", e.Message);
        Assert.Contains("CrmSync:Connectors:acme:Metrics:ExchangeRates:EUR", e.Message);
    }

    private static MetricsOptions Options()
    {
        var options = new MetricsOptions { RevenueSource = RevenueSource.ContractAmount, ContractMonths = 12 };
        options.ExchangeRates["EUR"] = 1.10m;
        return options;
    }

    private static List<ComputedValue> Analyze(MetricsOptions options, DateTimeOffset? now = null)
    {
        var records = new Dictionary<string, IReadOnlyList<CrmRecord>>
        {
            [CrmObjectTypes.Deals] =
            [
                Deal("W1", "A", "12000", "closedwon", "2025-02-09", ("discovery", "2025-01-10"), ("proposal", "2025-01-20"), ("closedwon", "2025-02-09")),
                Deal("L1", "B", "5000", "closedlost", "2025-02-01", ("discovery", "2025-01-05"), ("proposal", "2025-01-15"), ("closedlost", "2025-02-01")),
                Deal("O1", "B", "10000", "proposal", "2025-09-30", ("discovery", "2025-03-01"), ("proposal", "2025-03-10")) with
                {
                    Properties = Props("10000", "proposal", "2025-09-30", "EUR", null),
                },
                Deal("O2", "B", null, "discovery", "2025-09-30", ("discovery", "2025-06-01")),
                Deal("W2", "A", "6000", "closedwon", "2025-07-05", ("discovery", "2025-05-01"), ("closedwon", "2025-07-05")) with
                {
                    Properties = Props("6000", "closedwon", "2025-07-05", null, "250"),
                },
            ],
            [CrmObjectTypes.Companies] = [Company("A"), Company("B")],
        };
        var context = new AnalysisContext("acme", now ?? Now, records, [Sales], []);
        return MetricsAnalyzer.Create(options).Analyze(context).Values.ToList();
    }

    private static string? Value(List<ComputedValue> values, string id, string property) =>
        Assert.Single(values, v => v.RecordId == id && v.Property == property).Value;

    private static CrmRecord Deal(string id, string company, string? amount, string stage, string close, params (string Stage, string At)[] history)
    {
        var created = DateTimeOffset.Parse(history[0].At + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        return new CrmRecord(CrmObjectTypes.Deals, id, Props(amount, stage, close, null, null), created, created)
        {
            Associations = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Companies] = [company] },
            History = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>
            {
                [CanonicalFields.Stage] = history
                    .Select(h => new PropertyHistoryEntry(h.Stage, DateTimeOffset.Parse(h.At + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)))
                    .ToList(),
            },
        };
    }

    private static Dictionary<string, string?> Props(string? amount, string stage, string close, string? currency, string? recurring) => new()
    {
        [CanonicalFields.Amount] = amount,
        [CanonicalFields.Stage] = stage,
        [CanonicalFields.Pipeline] = "sales",
        [CanonicalFields.CloseDate] = close,
        [CanonicalFields.Currency] = currency,
        [CanonicalFields.RecurringAmount] = recurring,
    };

    private static CrmRecord Company(string id) =>
        new(CrmObjectTypes.Companies, id, new Dictionary<string, string?>(), Now.AddYears(-2), Now.AddYears(-2));
}
