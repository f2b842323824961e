using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageCriteria;
using CrmSync.Core.Tests.StageRules;
using R = CrmSync.Core.StageCriteria.StageCriteriaRules;

namespace CrmSync.Core.Tests.StageCriteria;

/// <summary>metrics.md §11.7 on the deals of §11.2: the stage-criteria rules, both ways.</summary>
public class StageCriteriaWorkedExampleTests
{
    private static readonly (string Id, string? Amount, string Close, string Activity)[] Facts =
    [
        ("D1", "12000", "2025-02-24", "2025-02-24"), ("D2", "8000", "2025-03-05", "2025-03-05"), ("D3", "20000", "2025-03-12", "2025-03-12"),
        ("D4", "15000", "2025-03-28", "2025-03-20"), ("D5", null, "2025-05-15", "2025-03-28"), ("D6", "10000", "2025-03-20", "2025-03-20"),
    ];

    internal static StageCriteriaOptions CatalogueOptions() => new()
    {
        Enabled = true,
        UseCatalogueDefaults = false,
        Pipelines = new(StringComparer.OrdinalIgnoreCase)
        {
            ["*"] = new(StringComparer.OrdinalIgnoreCase)
            {
                ["discovery"] = new() { GoingDarkDays = 14 },
                ["qualification"] = new() { Entry = [CriterionOptions.RequiredField(CanonicalFields.Amount)], GoingDarkDays = 7 },
                ["proposal"] = new() { GoingDarkDays = 5 },
                ["negotiation"] = new() { GoingDarkDays = 3 },
            },
        },
    };

    internal static IReadOnlyList<CrmRecord> Deals() =>
        WorkedExampleDeals.All(withStageCalculatedProperties: true, withHistory: true).Select(d =>
        {
            var facts = Facts.Single(f => f.Id == d.Id);
            var properties = new Dictionary<string, string?>(d.Properties)
            {
                [CanonicalFields.Amount] = facts.Amount,
                [CanonicalFields.CloseDate] = facts.Close,
                [CanonicalFields.LastActivityAt] = facts.Activity + "T00:00:00Z",
            };
            return d with { Properties = properties };
        }).ToList();

    private static AnalyzerResult Analyze(StageCriteriaOptions options) =>
        new StageCriteriaAnalyzer(options).Analyze(TestPipelines.Context(WorkedExampleDeals.Now, [.. Deals()]));

    [Fact]
    public void Analyze_WorkedExample_ReportsExactlyTheCatalogueViolations()
    {
        var result = Analyze(CatalogueOptions());

        var found = result.Findings.Select(f => (f.RecordId, f.Rule, Task: f.AlertKey is not null)).Order().ToList();
        (string, string, bool)[] expected =
        [
            ("D3", R.SkippedStage, false),
            ("D4", R.CloseDateInPast, true),
            ("D4", R.GoingDark, true),
            ("D4", R.StageRegression, false),
            ("D4", R.StageTimeExceeded, true),
            ("D5", R.CriteriaNotMet, true),
            ("D5", R.StageTimeExceeded, true),
        ];
        Assert.Equal(expected.Order().ToList(), found);
        Assert.Equal(5, result.Alerts.Count);
    }

    [Fact]
    public void Analyze_WorkedExample_ExplainsEachViolation()
    {
        var findings = Analyze(CatalogueOptions()).Findings;

        Assert.Contains(findings, f => f.RecordId == "D3" && f.Detail == "skipped Qualification moving from Discovery to Proposal on 2025-01-29");
        Assert.Contains(findings, f => f.RecordId == "D4" && f.Detail == "moved back from Proposal to Qualification on 2025-03-03");
        Assert.Contains(findings, f => f.RecordId == "D4" && f.Detail == "close date 2025-03-28 is in the past and the deal is open");
        Assert.Contains(findings, f => f.RecordId == "D4" && f.Detail == "going dark: no activity since 2025-03-20 (12 days, limit 5)");
        Assert.Contains(findings, f => f.RecordId == "D4" && f.Rule == R.StageTimeExceeded
            && f.Detail == "22 days in Proposal, over its benchmark (fallback 14 days (only 3 won deals passed through this stage, fewer than 10))");
        Assert.Contains(findings, f => f.RecordId == "D5" && f.Detail == "amount is required in Qualification");
    }

    [Fact]
    public void Analyze_WorkedExample_WritesStatusIssuesBenchmarkAndRatio()
    {
        var values = Analyze(CatalogueOptions()).Values.ToDictionary(v => (v.RecordId, v.Property), v => v.Value);

        Assert.Equal("violation", values[("D4", StageCriteriaAnalyzer.StatusProperty)]);
        Assert.Equal("violation", values[("D5", StageCriteriaAnalyzer.StatusProperty)]);
        Assert.Equal("ok", values[("D1", StageCriteriaAnalyzer.StatusProperty)]);
        Assert.Equal("14", values[("D4", StageCriteriaAnalyzer.BenchmarkProperty)]);
        Assert.Equal("1.57", values[("D4", StageCriteriaAnalyzer.RatioProperty)]);
        Assert.Equal("2.07", values[("D5", StageCriteriaAnalyzer.RatioProperty)]);
        Assert.Null(values[("D1", StageCriteriaAnalyzer.BenchmarkProperty)]);
        Assert.Contains("amount is required in Qualification", values[("D5", StageCriteriaAnalyzer.IssuesProperty)]);
        Assert.Null(values[("D1", StageCriteriaAnalyzer.IssuesProperty)]);
    }

    [Fact]
    public void Analyze_TasksForTransitionViolations_TasksTheOpenDealsTransitionsOnly()
    {
        var options = CatalogueOptions();
        options.TasksForTransitionViolations = true;

        var findings = Analyze(options).Findings;

        Assert.NotNull(findings.Single(f => f.RecordId == "D4" && f.Rule == R.StageRegression).AlertKey);
        Assert.Null(findings.Single(f => f.RecordId == "D3" && f.Rule == R.SkippedStage).AlertKey); // closed: never a task
    }

    [Fact]
    public void Analyze_ConfiguredBenchmark_WinsAndNamesItsSource()
    {
        var options = CatalogueOptions();
        options.Pipelines["*"]["proposal"].BenchmarkDays = 30;

        var result = Analyze(options);

        Assert.DoesNotContain(result.Findings, f => f.RecordId == "D4" && f.Rule == R.StageTimeExceeded);
        Assert.Equal("30", result.Values.Single(v => v.RecordId == "D4" && v.Property == StageCriteriaAnalyzer.BenchmarkProperty).Value);
    }

    [Fact]
    public void Analyze_SameData_SameAlertKeys()
    {
        var first = Analyze(CatalogueOptions()).Alerts.Select(a => a.Key).Order().ToList();
        var second = Analyze(CatalogueOptions()).Alerts.Select(a => a.Key).Order().ToList();

        Assert.Equal(first, second);
        Assert.Contains("close_date_in_past:deals:D4:2025-03-28", first);
    }
}
