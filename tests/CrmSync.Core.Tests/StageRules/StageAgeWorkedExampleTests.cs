using CrmSync.Core.Connectors;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Tests.StageRules;

/// <summary>metrics.md §11.5 (time in stage, open visits) and §11.7 (<c>StageTimeExceeded</c>, 14-day fallback).</summary>
public class StageAgeWorkedExampleTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Analyze_WorkedExample_OpenVisitsOfD4AndD5Only(bool stageProperties, bool history)
    {
        var deals = WorkedExampleDeals.All(stageProperties, history).ToArray();

        var result = new StageAgeAnalyzer(new StageAgeOptions()).Analyze(TestPipelines.Context(WorkedExampleDeals.Now, deals));

        var days = result.Values.ToDictionary(v => v.RecordId, v => v.Value);
        Assert.Equal(new Dictionary<string, string?> { ["D4"] = "22", ["D5"] = "29" }, days);
    }

    [Fact]
    public void Analyze_WorkedExample_RaisesStageTimeExceededForD4AndD5()
    {
        var deals = WorkedExampleDeals.All(withStageCalculatedProperties: false, withHistory: true).ToArray();

        var alerts = new StageAgeAnalyzer(new StageAgeOptions())
            .Analyze(TestPipelines.Context(WorkedExampleDeals.Now, deals)).Alerts
            .OrderBy(a => a.RecordId, StringComparer.Ordinal)
            .Select(a => (a.Key, a.OwnerId, a.Priority));

        Assert.Equal(
        [
            ("stage_age_exceeded:deals:D4:proposal:2025-03-10", "O2", AlertPriority.Medium),
            ("stage_age_exceeded:deals:D5:qualification:2025-03-03", "O2", AlertPriority.High),
        ], alerts);
    }
}
