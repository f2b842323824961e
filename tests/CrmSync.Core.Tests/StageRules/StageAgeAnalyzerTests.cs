using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;
using static CrmSync.Core.Tests.StageRules.DealBuilder;

namespace CrmSync.Core.Tests.StageRules;

public class StageAgeAnalyzerTests
{
    private static readonly DateTimeOffset Now = Utc(2025, 4, 1);

    private static AnalyzerResult Analyze(StageAgeOptions options, params CrmRecord[] deals) =>
        new StageAgeAnalyzer(options).Analyze(TestPipelines.Context(Now, deals));

    private static AnalyzerResult Analyze(params CrmRecord[] deals) => Analyze(new StageAgeOptions(), deals);

    private static string? DaysOf(AnalyzerResult result, string dealId) =>
        result.Values.SingleOrDefault(v => v.RecordId == dealId)?.Value;

    [Fact]
    public void Analyze_StageCalculatedPropertyIso_CountsFromIt()
    {
        var deal = new DealBuilder("1").InStage("proposal").With("hs_v2_date_entered_proposal", "2025-03-10T00:00:00.000Z").Build();

        var value = Assert.Single(Analyze(deal).Values);

        Assert.Equal(new ComputedValue(CrmObjectTypes.Deals, "1", "crmsync_days_in_stage", "22"), value);
    }

    [Fact]
    public void Analyze_StageCalculatedPropertyEpochMs_ParsesMillisecondsAndFloors()
    {
        var enteredMs = Utc(2025, 3, 10, hour: 12).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var deal = new DealBuilder("1").InStage("proposal").With("hs_v2_date_entered_proposal", enteredMs).Build();

        Assert.Equal("21", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_StageCalculatedPropertyAndHistory_PrefersStageCalculatedProperty()
    {
        var deal = new DealBuilder("1")
            .StageHistory(("discovery", Utc(2025, 3, 1)), ("proposal", Utc(2025, 3, 5)))
            .With("hs_v2_date_entered_proposal", "2025-03-20T00:00:00Z")
            .Build();

        Assert.Equal("12", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_OnlyCurrentStageEntryProperty_CountsFromIt()
    {
        var deal = new DealBuilder("1").InStage("proposal").With("hs_v2_date_entered_current_stage", "2025-03-25T00:00:00Z").Build();

        Assert.Equal("7", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_UnparseableStageDate_FallsBackToHistory()
    {
        var deal = new DealBuilder("1")
            .StageHistory(("discovery", Utc(2025, 3, 1)), ("proposal", Utc(2025, 3, 11)))
            .With("hs_v2_date_entered_proposal", "not a date")
            .Build();

        Assert.Equal("21", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_HistoryWithReEntry_CountsFromLatestEntry()
    {
        var deal = new DealBuilder("1").StageHistory(
            ("proposal", Utc(2025, 2, 24)), ("qualification", Utc(2025, 3, 3)), ("proposal", Utc(2025, 3, 10))).Build();

        Assert.Equal("22", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_HistoryRepeatsCurrentStage_CountsFromStartOfVisit()
    {
        var deal = new DealBuilder("1").StageHistory(
            ("discovery", Utc(2025, 3, 1)), ("proposal", Utc(2025, 3, 2)), ("proposal", Utc(2025, 3, 20))).Build();

        Assert.Equal("30", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_HistoryOutOfOrder_SortsByTimestamp()
    {
        var history = new List<PropertyHistoryEntry>
        {
            new("proposal", Utc(2025, 3, 10)), new("discovery", Utc(2025, 3, 1)), new("qualification", Utc(2025, 3, 5)),
        };
        var deal = new DealBuilder("1").InStage("proposal").Build() with
        {
            History = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>> { ["dealstage"] = history },
        };

        Assert.Equal("22", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_HistoryNewestEntryIsAnotherStage_FallsBackToCreateDate()
    {
        var deal = new DealBuilder("1")
            .StageHistory(("proposal", Utc(2025, 3, 1)), ("negotiation", Utc(2025, 3, 20)))
            .InStage("proposal")
            .With("createdate", "2025-02-01T00:00:00.000Z")
            .Build();

        Assert.Equal("59", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_NoEntryDataAndNoCreateDateProperty_UsesRecordCreatedAt()
    {
        var deal = new DealBuilder("1").InStage("discovery").Created(Utc(2025, 3, 22)).Build();

        Assert.Equal("10", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_EntryOneHourShortOfFourteenDays_FloorsToThirteen()
    {
        var deal = new DealBuilder("1").InStage("proposal").With("hs_v2_date_entered_proposal", "2025-03-18T01:00:00Z").Build();

        Assert.Equal("13", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_EntryAfterNow_ReportsZero()
    {
        var deal = new DealBuilder("1").InStage("proposal").With("hs_v2_date_entered_proposal", "2025-04-03T00:00:00Z").Build();

        Assert.Equal("0", DaysOf(Analyze(deal), "1"));
    }

    [Theory]
    [InlineData("closedwon")]
    [InlineData("closedlost")]
    public void Analyze_ClosedStage_NoValueAndNoAlert(string stage)
    {
        var deal = new DealBuilder("1").InStage(stage).With($"hs_v2_date_entered_{stage}", "2024-01-01T00:00:00Z").Build();

        var result = Analyze(deal);

        Assert.Empty(result.Values);
        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void Analyze_HsIsClosedTrueInUnknownStage_NoValue()
    {
        var deal = new DealBuilder("1").InStage("93485721").With("hs_is_closed", "true").Created(Utc(2024, 1, 1)).Build();

        Assert.Empty(Analyze(deal).Values);
    }

    [Fact]
    public void Analyze_NoDealStage_NoValue()
    {
        var deal = new DealBuilder("1").With("dealstage", "").Build();

        Assert.Empty(Analyze(deal).Values);
    }

    [Fact]
    public void Analyze_ArchivedDeal_Skipped()
    {
        var deal = new DealBuilder("1").InStage("proposal").Created(Utc(2024, 1, 1)).Archived().Build();

        var result = Analyze(deal);

        Assert.Empty(result.Values);
        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void Properties_DeclareDaysInStageAsDealNumber()
    {
        var property = Assert.Single(new StageAgeAnalyzer(new StageAgeOptions()).Properties);

        Assert.Equal((CrmObjectTypes.Deals, "crmsync_days_in_stage", ComputedPropertyType.Number),
            (property.ObjectType, property.Name, property.Type));
        Assert.True(ComputedPropertyNames.IsValid(property.Name));
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheKeys()
    {
        var options = new StageAgeOptions { DefaultLimitDays = 0, LimitsByStage = { ["proposal"] = -1 } };

        var error = Assert.Throws<ArgumentException>(() => new StageAgeAnalyzer(options, "CrmSync:Connectors:hub:StageAge"));

        Assert.Contains("CrmSync:Connectors:hub:StageAge:DefaultLimitDays", error.Message);
        Assert.Contains("CrmSync:Connectors:hub:StageAge:LimitsByStage:proposal", error.Message);
    }

}
