using CrmSync.Core.Analysis;
using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Records;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>
/// Issue 9 point 2: a won deal that carries contract dates (Salesforce's configured ContractFields) is live over its
/// own contract, not <c>[close, close + ContractMonths)</c>. Deal W: 12,000 won 2025-02-09, contract 2025-03-01 to
/// 2025-08-31 (six months): ContractAmount gives 2,000 a month at the month ends 2025-03-01 … 2025-08-01.
/// </summary>
public class ContractDatesRevenueTests
{
    private static readonly CrmPipeline Sales = new(CrmObjectTypes.Deals, "sales", "Sales",
    [
        new PipelineStage("open", "Open", 1, false, 0.5),
        new PipelineStage("won", "Won", 2, true, 1.0),
    ]);

    [Theory]
    [InlineData("2025-07-10", "2000")] // month end 2025-08-01: inside the contract, 12,000 over its 6 months
    [InlineData("2025-02-05", "2000")] // month end 2025-03-01: the contract's first day
    public void ContractDates_SpreadTheAmountOverTheContract(string asOf, string mrr)
    {
        var values = Analyze(Deal(start: "2025-03-01", end: "2025-08-31"), asOf);

        Assert.Equal(mrr, Value(values, MetricsProperties.Mrr));
    }

    [Fact]
    public void AfterTheContractEnd_TheCompanyHasChurned()
    {
        // August's month end (2025-09-01) is past the contract's last day (2025-08-31); July's (2025-08-01) was not. The
        // close date + 12 months (to 2026-02-09) would still count it.
        var values = Analyze(Deal(start: "2025-03-01", end: "2025-08-31"), "2025-08-10");

        Assert.Equal("0", Value(values, MetricsProperties.Mrr));
        Assert.Equal("churn", Value(values, MetricsProperties.MrrBucket));
    }

    [Fact]
    public void WithoutContractDates_TheCloseDateAndContractMonthsApply()
    {
        var values = Analyze(Deal(start: null, end: null), "2025-09-10");

        Assert.Equal("1000", Value(values, MetricsProperties.Mrr)); // 12,000 / 12, live 2025-02-09 … 2026-02-09
    }

    private static CrmRecord Deal(string? start, string? end)
    {
        var created = new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero);
        return new CrmRecord(CrmObjectTypes.Deals, "W", new Dictionary<string, string?>
        {
            [CanonicalFields.Amount] = "12000",
            [CanonicalFields.Stage] = "won",
            [CanonicalFields.Pipeline] = "sales",
            [CanonicalFields.CloseDate] = "2025-02-09",
            [CanonicalFields.ContractStart] = start,
            [CanonicalFields.ContractEnd] = end,
        }, created, created)
        {
            Associations = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Companies] = ["A"] },
        };
    }

    private static List<ComputedValue> Analyze(CrmRecord deal, string asOf)
    {
        var now = DateTimeOffset.Parse(asOf + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var records = new Dictionary<string, IReadOnlyList<CrmRecord>>
        {
            [CrmObjectTypes.Deals] = [deal],
            [CrmObjectTypes.Companies] = [new(CrmObjectTypes.Companies, "A", new Dictionary<string, string?>(), now.AddYears(-2), now.AddYears(-2))],
        };
        var options = new MetricsOptions { RevenueSource = RevenueSource.ContractAmount, ContractMonths = 12 };
        return MetricsAnalyzer.Create(options).Analyze(new AnalysisContext("acme", now, records, [Sales], [])).Values.ToList();
    }

    private static string? Value(List<ComputedValue> values, string property) =>
        Assert.Single(values, v => v.RecordId == "A" && v.Property == property).Value;
}
