using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
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
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-10T00:00:00.000Z").Build();

        var value = Assert.Single(Analyze(deal).Values);

        Assert.Equal(new ComputedValue(CrmObjectTypes.Deals, "1", StageAgeAnalyzer.DaysInStageProperty, "22"), value);
    }

    [Fact]
    public void Analyze_StageCalculatedPropertyEpochMs_ParsesMillisecondsAndFloors()
    {
        var enteredMs = Utc(2025, 3, 10, hour: 12).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), enteredMs).Build();

        Assert.Equal("21", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_StageCalculatedPropertyAndHistory_PrefersStageCalculatedProperty()
    {
        var deal = new DealBuilder("1")
            .StageHistory(("discovery", Utc(2025, 3, 1)), ("proposal", Utc(2025, 3, 5)))
            .With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-20T00:00:00Z")
            .Build();

        Assert.Equal("12", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_OnlyCurrentStageEntryProperty_CountsFromIt()
    {
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.CurrentStageEnteredAt, "2025-03-25T00:00:00Z").Build();

        Assert.Equal("7", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_UnparseableStageDate_FallsBackToHistory()
    {
        var deal = new DealBuilder("1")
            .StageHistory(("discovery", Utc(2025, 3, 1)), ("proposal", Utc(2025, 3, 11)))
            .With(CanonicalFields.StageEnteredAt("proposal"), "not a date")
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
            History = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>> { [CanonicalFields.Stage] = history },
        };

        Assert.Equal("22", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_HistoryNewestEntryIsAnotherStage_FallsBackToCreateDate()
    {
        var deal = new DealBuilder("1")
            .StageHistory(("proposal", Utc(2025, 3, 1)), ("negotiation", Utc(2025, 3, 20)))
            .InStage("proposal")
            .With(CanonicalFields.CreatedAt, "2025-02-01T00:00:00.000Z")
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
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-18T01:00:00Z").Build();

        Assert.Equal("13", DaysOf(Analyze(deal), "1"));
    }

    [Fact]
    public void Analyze_EntryAfterNow_ReportsZero()
    {
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-04-03T00:00:00Z").Build();

        Assert.Equal("0", DaysOf(Analyze(deal), "1"));
    }

    [Theory]
    [InlineData("closedwon")]
    [InlineData("closedlost")]
    public void Analyze_ClosedStage_NoValueAndNoAlert(string stage)
    {
        var deal = new DealBuilder("1").InStage(stage).With(CanonicalFields.StageEnteredAt(stage), "2024-01-01T00:00:00Z").Build();

        var result = Analyze(deal);

        Assert.Empty(result.Values);
        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void Analyze_IsClosedTrueInUnknownStage_NoValue()
    {
        var deal = new DealBuilder("1").InStage("93485721").With(CanonicalFields.IsClosed, "true").Created(Utc(2024, 1, 1)).Build();

        Assert.Empty(Analyze(deal).Values);
    }

    [Fact]
    public void Analyze_NoDealStage_NoValue()
    {
        var deal = new DealBuilder("1").With(CanonicalFields.Stage, "").Build();

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
    public void Describe_DeclaresDaysInStageAsDealNumber()
    {
        var property = Assert.Single(StageAgeAnalyzer.Describe().Properties);

        Assert.Equal((CrmObjectTypes.Deals, "days_in_stage", ComputedPropertyType.Number),
            (property.ObjectType, property.Name, property.Type));
        Assert.True(ComputedPropertyKeys.IsValid(property.Name));
    }

    [Fact]
    public void Describe_NameSectionAndAlertType()
    {
        var descriptor = StageAgeAnalyzer.Describe();

        Assert.Equal(("stage-age", "StageAge"), (descriptor.Name, descriptor.SectionName));
        Assert.Equal([StageAgeAnalyzer.AlertType], descriptor.AlertTypes);
    }

    /// <summary>Replaces the old pull list test: the descriptor now says what a pull must fetch for the stage rules.</summary>
    [Fact]
    public void Describe_DeclaresDealInputs_StageWithHistoryEntryDatesOwnerAndCreateDate()
    {
        var descriptor = StageAgeAnalyzer.Describe();

        var deals = Assert.Single(descriptor.Inputs);
        Assert.Same(deals, descriptor.InputsFor(CrmObjectTypes.Deals));
        Assert.Null(descriptor.InputsFor(CrmObjectTypes.Contacts));
        Assert.Equal(CrmObjectTypes.Deals, deals.ObjectType);
        Assert.Equal(
            new[]
            {
                CanonicalFields.Name, CanonicalFields.Stage, CanonicalFields.Pipeline, CanonicalFields.IsClosed,
                CanonicalFields.OwnerId, CanonicalFields.CreatedAt, CanonicalFields.CurrentStageEnteredAt,
            }.Order(StringComparer.Ordinal),
            deals.Fields.Order(StringComparer.Ordinal));
        Assert.Equal([CanonicalFields.Stage], deals.HistoryFields);
        Assert.True(deals.StageEntryDates);
        Assert.Empty(deals.Associations);
        Assert.All(deals.Fields, f => Assert.True(CanonicalFields.IsCanonical(f), f));
    }

    [Fact]
    public void Create_ValidOptions_BehavesLikeConstructor()
    {
        var options = new StageAgeOptions { DefaultLimitDays = 5 };
        var deal = new DealBuilder("1").InStage("proposal").With(CanonicalFields.StageEnteredAt("proposal"), "2025-03-20T00:00:00Z").Build();

        var result = StageAgeAnalyzer.Create(options).Analyze(TestPipelines.Context(Now, deal));

        Assert.Equal("12", DaysOf(result, "1"));
        Assert.Single(result.Alerts);
    }

    [Fact]
    public void Create_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => StageAgeAnalyzer.Create(new StageAgeOptions { DefaultLimitDays = 0 }));

    [Fact]
    public void Analyze_NativeStageKeysOnly_IgnoredBecauseCoreReadsCanonicalKeys()
    {
        var deal = new CrmRecord(CrmObjectTypes.Deals, "1", new Dictionary<string, string?>
        {
            ["dealstage"] = "proposal", ["hs_v2_date_entered_proposal"] = "2025-03-10T00:00:00Z",
        }, Utc(2025, 1, 1), Utc(2025, 1, 1));

        Assert.Empty(Analyze(deal).Values);
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
