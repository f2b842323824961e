using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;
using static CrmSync.Core.Tests.StageRules.DealBuilder;

namespace CrmSync.Core.Tests.StageRules;

public class StageAgeAlertTests
{
    private static readonly DateTimeOffset Now = Utc(2025, 4, 1);

    private static AnalyzerResult Analyze(StageAgeOptions options, params CrmRecord[] deals) =>
        new StageAgeAnalyzer(options).Analyze(TestPipelines.Context(Now, deals));

    private static AnalyzerResult Analyze(params CrmRecord[] deals) => Analyze(new StageAgeOptions(), deals);

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void Analyze_DaysAgainstDefaultLimit_AlertsOnlyWhenOver(int days, bool alerts)
    {
        var deal = new DealBuilder("1").InStage("proposal")
            .With(CanonicalFields.StageEnteredAt("proposal"), Now.AddDays(-days).ToString("O")).Build();

        Assert.Equal(alerts, Analyze(deal).Alerts.Count == 1);
    }

    [Fact]
    public void Analyze_LimitsByStage_OverrideDefaultPerStage()
    {
        var options = new StageAgeOptions { DefaultLimitDays = 14, LimitsByStage = { ["proposal"] = 30, ["discovery"] = 5 } };
        var proposal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-10T00:00:00Z").Build();
        var discovery = new DealBuilder("2").InStage("discovery").With(CanonicalFields.StageEnteredAt("discovery"), "2025-03-25T00:00:00Z").Build();
        var negotiation = new DealBuilder("3").InStage("negotiation").With(CanonicalFields.StageEnteredAt("negotiation"), "2025-03-15T00:00:00Z").Build();

        var alerted = Analyze(options, proposal, discovery, negotiation).Alerts.Select(a => a.RecordId).Order();

        Assert.Equal(["2", "3"], alerted);
    }

    [Fact]
    public void Analyze_OverLimit_AlertCarriesKeyOwnerSubjectAndBody()
    {
        var deal = new DealBuilder("512").StageHistory(("discovery", Utc(2025, 2, 1)), ("proposal", Utc(2025, 3, 10, hour: 15)))
            .With(CanonicalFields.Name, "Acme renewal").With(CanonicalFields.OwnerId, "64492917").Build();

        var alert = Assert.Single(Analyze(deal).Alerts);

        Assert.Equal("stage_age_exceeded:deals:512:proposal:2025-03-10", alert.Key);
        Assert.Equal(("stage_age_exceeded", "deals", "512", "64492917"), (alert.AlertType, alert.ObjectType, alert.RecordId, alert.OwnerId));
        Assert.Equal("CrmSync: Acme renewal has been in stage Proposal for 21 days (limit 14)", alert.Subject);
        Assert.Contains("entered stage Proposal (proposal) on 2025-03-10", alert.Body);
        Assert.Contains("7 days over", alert.Body);
        Assert.Contains("Entry date from: the stage history.", alert.Body);
        Assert.Contains("Sales Pipeline", alert.Body);
    }

    [Fact]
    public void Analyze_NoNameAndNoOwner_SubjectUsesIdAndOwnerIsNull()
    {
        var deal = new DealBuilder("77").InStage("proposal").With(CanonicalFields.Name, " ").With(CanonicalFields.OwnerId, "")
            .With(CanonicalFields.StageEnteredAt("proposal"), "2025-01-01T00:00:00Z").Build();

        var alert = Assert.Single(Analyze(deal).Alerts);

        Assert.StartsWith("CrmSync: deal 77 has been in stage Proposal", alert.Subject);
        Assert.Null(alert.OwnerId);
    }

    [Theory]
    [InlineData(15, 14, AlertPriority.Low)]
    [InlineData(20, 14, AlertPriority.Low)]
    [InlineData(21, 14, AlertPriority.Medium)]
    [InlineData(27, 14, AlertPriority.Medium)]
    [InlineData(28, 14, AlertPriority.High)]
    [InlineData(4, 3, AlertPriority.Low)]
    [InlineData(5, 3, AlertPriority.Medium)]
    public void Analyze_DaysOverLimit_PriorityGrowsWithOverrun(int days, int limit, AlertPriority expected)
    {
        var options = new StageAgeOptions { DefaultLimitDays = limit };
        var deal = new DealBuilder("1").InStage("proposal")
            .With(CanonicalFields.StageEnteredAt("proposal"), Now.AddDays(-days).ToString("O")).Build();

        Assert.Equal(expected, Assert.Single(Analyze(options, deal).Alerts).Priority);
    }

    [Fact]
    public void Analyze_StageNotInAnyPipeline_UsesStageIdAsLabelAndDefaultLimit()
    {
        var deal = new DealBuilder("1").InStage("93485721").With(CanonicalFields.StageEnteredAt("93485721"), "2025-03-01T00:00:00Z").Build();

        var alert = Assert.Single(Analyze(deal).Alerts);

        Assert.Equal("CrmSync: Deal 1 has been in stage 93485721 for 31 days (limit 14)", alert.Subject);
    }

    [Fact]
    public void Analyze_StageIdInTwoPipelines_UsesTheDealsOwnPipeline()
    {
        var renewals = new CrmPipeline(CrmObjectTypes.Deals, "renewals", "Renewals",
            [new PipelineStage("proposal", "Renewal quote", 0, false, 0.5)]);
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.Pipeline, "renewals")
            .With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-01T00:00:00Z").Build();

        var result = new StageAgeAnalyzer(new StageAgeOptions()).Analyze(TestPipelines.Context(Now, [TestPipelines.Sales, renewals], deal));

        Assert.Contains("stage Renewal quote", Assert.Single(result.Alerts).Subject);
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_KeepsTheValidatedLimits()
    {
        var options = new StageAgeOptions { DefaultLimitDays = 14 };
        var analyzer = new StageAgeAnalyzer(options);
        options.DefaultLimitDays = 100;
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-01T00:00:00Z").Build();

        Assert.Single(analyzer.Analyze(TestPipelines.Context(Now, deal)).Alerts);
    }

    [Fact]
    public void Analyze_StageEntryDate_BodyNamesTheCanonicalKey()
    {
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-01T00:00:00Z").Build();

        var alert = Assert.Single(Analyze(deal).Alerts);

        Assert.Contains("Entry date from: the stage's entry date (stage_entered_at:proposal).", alert.Body);
    }

    [Fact]
    public void Analyze_CurrentStageEntryDate_BodyNamesTheCanonicalKey()
    {
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.CurrentStageEnteredAt, "2025-03-01T00:00:00Z").Build();

        var alert = Assert.Single(Analyze(deal).Alerts);

        Assert.Contains("Entry date from: the current stage's entry date (current_stage_entered_at).", alert.Body);
    }

    [Fact]
    public void Analyze_OnlyCreateDate_BodySaysNoEntryDateWasAvailable()
    {
        var deal = new DealBuilder("1").InStage("proposal").Created(Utc(2025, 2, 1)).Build();

        var alert = Assert.Single(Analyze(deal).Alerts);

        Assert.Contains("Entry date from: create date (no stage entry date was available).", alert.Body);
    }
}
