using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageCriteria;
using CrmSync.Core.Tests.StageRules;
using static CrmSync.Core.Tests.StageRules.DealBuilder;

namespace CrmSync.Core.Tests.StageCriteria;

/// <summary>The learned benchmark against an independent p75 (PERCENTILE.INC computed here from the raw durations).</summary>
public class LearnedBenchmarkTests
{
    private static readonly DateTimeOffset Now = Utc(2025, 6, 1);

    /// <summary>Won deals with known days in qualification, lost and open ones that must not count.</summary>
    private static (List<CrmRecord> Deals, List<double> WonDays) History(int won)
    {
        var random = new Random(7);
        var deals = new List<CrmRecord>();
        var wonDays = new List<double>();
        for (var i = 0; i < won + 6; i++)
        {
            var start = Utc(2025, 1, 1).AddHours(random.Next(0, 24 * 60));
            var qualified = start.AddHours(random.Next(24, 24 * 5));
            var hours = random.Next(12, 24 * 40);
            var proposal = qualified.AddHours(hours);
            var outcome = i < won ? "closedwon" : i < won + 3 ? "closedlost" : null;
            var stages = new List<(string, DateTimeOffset)> { ("discovery", start), ("qualification", qualified), ("proposal", proposal) };
            if (outcome is not null)
                stages.Add((outcome, proposal.AddDays(3)));
            if (outcome == "closedwon")
                wonDays.Add(hours / 24.0);
            deals.Add(new DealBuilder($"L{i}").Created(start).StageHistory([.. stages])
                .With(CanonicalFields.IsClosed, outcome is null ? "false" : "true").Build());
        }

        return (deals, wonDays);
    }

    private static double IndependentP75(List<double> sample)
    {
        var sorted = sample.OrderBy(d => d).ToArray();
        var rank = 0.75 * (sorted.Length - 1);
        var below = (int)rank;
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }

    [Fact]
    public void Compute_EnoughWonDeals_EqualsIndependentP75OfWonDealsOnly()
    {
        var (deals, wonDays) = History(won: 43);

        var learned = LearnedBenchmarks.Compute(deals, [TestPipelines.Sales], Now, new BenchmarkOptions());

        var (days, sample) = learned["qualification"];
        Assert.Equal(43, sample);
        Assert.Equal(IndependentP75(wonDays), (double)days!.Value, precision: 6);
    }

    [Fact]
    public void Compute_FewerThanMinSample_HasNoValueAndTheAlertNamesTheFallback()
    {
        var (deals, _) = History(won: 9);
        var open = new DealBuilder("OPEN").Created(Utc(2025, 4, 1)).StageHistory(("discovery", Utc(2025, 4, 1)), ("qualification", Utc(2025, 4, 2)))
            .With(CanonicalFields.Amount, "1").Build();
        var options = new StageCriteriaOptions { UseCatalogueDefaults = false, GoingDarkDays = 3650 };

        var result = new StageCriteriaAnalyzer(options).Analyze(TestPipelines.Context(Now, [.. deals, open]));

        var finding = Assert.Single(result.Findings, f => f.RecordId == "OPEN");
        Assert.Equal("60 days in Qualification, over its benchmark (fallback 14 days (only 9 won deals passed through this stage, fewer than 10))", finding.Detail);
    }

    [Fact]
    public void Analyze_LearnedBenchmark_WrittenPerDealAndNamedInTheAlert()
    {
        var (deals, wonDays) = History(won: 43);
        var open = new DealBuilder("OPEN").Created(Utc(2025, 1, 1)).StageHistory(("discovery", Utc(2025, 1, 1)), ("qualification", Utc(2025, 1, 2))).Build();
        var options = new StageCriteriaOptions { UseCatalogueDefaults = false, GoingDarkDays = 3650 };

        var result = new StageCriteriaAnalyzer(options).Analyze(TestPipelines.Context(Now, [.. deals, open]));

        var expected = Math.Round((decimal)IndependentP75(wonDays), 1);
        var benchmark = result.Values.Single(v => v.RecordId == "OPEN" && v.Property == StageCriteriaAnalyzer.BenchmarkProperty).Value;
        Assert.Equal(StageBenchmark.Show(expected), benchmark);
        var finding = Assert.Single(result.Findings, f => f.RecordId == "OPEN");
        Assert.Equal($"150 days in Qualification, over its benchmark (p75 of 43 won deals: {StageBenchmark.Show(expected)} days)", finding.Detail);
        Assert.Equal(StageCriteriaAnalyzer.Ratio(150, expected), result.Values.Single(v => v.RecordId == "OPEN" && v.Property == StageCriteriaAnalyzer.RatioProperty).Value);
    }
}
