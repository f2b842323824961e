using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;
using CrmSync.Core.Tests.StageRules;
using static CrmSync.Core.Tests.Analysis.FixedAnalyzer;

namespace CrmSync.Core.Tests.Analysis;

public class AnalysisRunnerTests
{
    private static readonly AnalysisContext Context = TestPipelines.Context(WorkedExampleDeals.Now);

    [Fact]
    public void Run_TwoAnalyzers_MergesValuesAndAlertsInAnalyzerOrder()
    {
        var health = new FixedAnalyzer("health", [Property("health")],
            _ => new([new(CrmObjectTypes.Deals, "1", "health", "72")], [Alert("health_drop:deals:1")]));
        var dupes = new FixedAnalyzer("dupes", [Property("dup_score", CrmObjectTypes.Contacts)],
            _ => new([new(CrmObjectTypes.Contacts, "9", "dup_score", "0.97")], []));

        var runner = new AnalysisRunner([health, dupes]);
        var result = runner.Run(Context);

        Assert.Equal(["health", "dup_score"], runner.Properties.Select(p => p.Name));
        Assert.Equal([CrmObjectTypes.Deals, CrmObjectTypes.Contacts], runner.Properties.Select(p => p.ObjectType));
        Assert.Equal(["72", "0.97"], result.Values.Select(v => v.Value));
        Assert.Equal([CrmObjectTypes.Deals, CrmObjectTypes.Contacts], result.Values.Select(v => v.ObjectType));
        Assert.Equal("health_drop:deals:1", Assert.Single(result.Alerts).Key);
    }

    [Fact]
    public void Constructor_TwoAnalyzersDeclareSameProperty_ThrowsNamingBoth()
    {
        var first = new FixedAnalyzer("stage-age", Property("days_in_stage"));
        var second = new FixedAnalyzer("copycat", Property("days_in_stage"));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([first, second]));

        Assert.Equal("copycat", error.Analyzer);
        Assert.Contains("'days_in_stage' on deals is already written by analyzer 'stage-age'", error.Message);
    }

    [Fact]
    public void Constructor_SameNameOnDifferentObjectTypes_Allowed()
    {
        var runner = new AnalysisRunner(
        [
            new FixedAnalyzer("a", Property("health", CrmObjectTypes.Deals)),
            new FixedAnalyzer("b", Property("health", CrmObjectTypes.Companies)),
        ]);

        Assert.Equal(2, runner.Properties.Count);
    }

    [Theory]
    [InlineData("Days_in_stage")]
    [InlineData("days-in-stage")]
    [InlineData("_days")]
    [InlineData("stage")]
    [InlineData("email")]
    [InlineData("stage_entered_at:proposal")]
    public void Constructor_InvalidPropertyKey_ThrowsWithPattern(string key)
    {
        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([new FixedAnalyzer("bad", Property(key))]));

        Assert.Equal("bad", error.Analyzer);
        Assert.Contains($"computed property key '{key}' is invalid", error.Message);
        Assert.Contains("^[a-z][a-z0-9_]{0,39}$", error.Message);
        Assert.Contains("not be a canonical field", error.Message);
    }

    [Fact]
    public void Constructor_UnknownObjectType_Throws()
    {
        var error = Assert.Throws<AnalysisException>(
            () => new AnalysisRunner([new FixedAnalyzer("bad", Property("x", "tickets"))]));

        Assert.Contains("unknown object type 'tickets'", error.Message);
    }

    [Fact]
    public void Constructor_DuplicateAnalyzerName_Throws()
    {
        var error = Assert.Throws<AnalysisException>(
            () => new AnalysisRunner([new FixedAnalyzer("same"), new FixedAnalyzer("same")]));

        Assert.Equal("same", error.Analyzer);
    }

    [Fact]
    public void Run_ValueForUndeclaredProperty_Throws()
    {
        var sneaky = new FixedAnalyzer("sneaky", [Property("a")],
            _ => new([new(CrmObjectTypes.Deals, "5", "b", "1")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([sneaky]).Run(Context));

        Assert.Contains("'b' on deals record 5, which it does not declare", error.Message);
    }

    [Fact]
    public void Run_ValueForPropertyOfAnotherAnalyzer_Throws()
    {
        var owner = new FixedAnalyzer("owner", Property("a"));
        var intruder = new FixedAnalyzer("intruder", [Property("b")],
            _ => new([new(CrmObjectTypes.Deals, "5", "a", "1")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([owner, intruder]).Run(Context));

        Assert.Equal("intruder", error.Analyzer);
    }

    [Fact]
    public void Run_SameValueTwice_Throws()
    {
        var twice = new FixedAnalyzer("twice", [Property("a")],
            _ => new([new(CrmObjectTypes.Deals, "5", "a", "1"), new(CrmObjectTypes.Deals, "5", "a", "2")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([twice]).Run(Context));

        Assert.Contains("emitted property 'a' twice for deals record 5", error.Message);
    }

    [Fact]
    public void Run_SameAlertKeyFromTwoAnalyzers_Throws()
    {
        var first = new FixedAnalyzer("first", [], _ => new([], [Alert("k:deals:1")]));
        var second = new FixedAnalyzer("second", [], _ => new([], [Alert("k:deals:1")]));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([first, second]).Run(Context));

        Assert.Contains("'k:deals:1' was already raised by analyzer 'first'", error.Message);
    }

    [Fact]
    public void Run_AnalyzerThrows_WrapsNamingAnalyzerAndConnector()
    {
        var broken = new FixedAnalyzer("broken", [], _ => throw new FormatException("bad amount '1,5'"));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([broken]).Run(Context));

        Assert.Equal("Analyzer 'broken': failed for connector 'crm-test': bad amount '1,5'", error.Message);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void Run_AnalyzerCancelled_CancellationIsNotWrapped()
    {
        var cancelled = new FixedAnalyzer("slow", [], _ => throw new OperationCanceledException());

        Assert.Throws<OperationCanceledException>(() => new AnalysisRunner([cancelled]).Run(Context));
    }

    [Fact]
    public void Run_StageAgeAnalyzerOnWorkedExample_ProducesDealValuesAndAlerts()
    {
        var context = TestPipelines.Context(WorkedExampleDeals.Now, [.. WorkedExampleDeals.All(false, true)]);

        var result = new AnalysisRunner([new StageAgeAnalyzer(new StageAgeOptions())]).Run(context);

        Assert.Equal(["D4", "D5"], result.Values.Where(v => v.ObjectType == CrmObjectTypes.Deals).Select(v => v.RecordId));
        Assert.All(result.Values, v => Assert.Equal(StageAgeAnalyzer.DaysInStageProperty, v.Property));
        Assert.Equal(2, result.Alerts.Count);
        Assert.All(result.Alerts, a => Assert.Equal(StageAgeAnalyzer.AlertType, a.AlertType));
    }

    [Fact]
    public void AlertTypes_UnionOfEveryDescriptorWithoutDuplicates()
    {
        var runner = new AnalysisRunner(
        [
            new FixedAnalyzer("a", [], _ => AnalyzerResult.Empty, ["stale_deal", "missing_owner"]),
            new FixedAnalyzer("b", [], _ => AnalyzerResult.Empty, ["missing_owner", "duplicate_group"]),
            new FixedAnalyzer("c"),
        ]);

        Assert.Equal(["duplicate_group", "missing_owner", "stale_deal"], runner.AlertTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constructor_NoAnalyzers_NoPropertiesNoAlertTypesAndEmptyRun()
    {
        var runner = new AnalysisRunner([]);

        var result = runner.Run(Context);

        Assert.Empty(runner.Properties);
        Assert.Empty(runner.AlertTypes);
        Assert.Empty(result.Values);
        Assert.Empty(result.Alerts);
        Assert.Empty(result.Merges);
    }

    [Fact]
    public void Constructor_BuiltInAnalyzers_PropertiesAndAlertTypesComeFromTheirDescriptors()
    {
        var runner = new AnalysisRunner(
            [new StageAgeAnalyzer(new StageAgeOptions()), new DuplicateAnalyzer(new DuplicateDetectionOptions())]);

        Assert.Equal(
            [.. StageAgeAnalyzer.Describe().Properties, .. DuplicateAnalyzer.Describe().Properties],
            runner.Properties);
        Assert.Equal(
            [DuplicateAnalyzer.AlertType, StageAgeAnalyzer.AlertType],
            runner.AlertTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Descriptor_InstanceDescriptorIsTheStaticDescription()
    {
        IRecordAnalyzer stageAge = StageAgeAnalyzer.Create(new StageAgeOptions());
        IRecordAnalyzer duplicates = DuplicateAnalyzer.Create(new DuplicateDetectionOptions());

        Assert.Same(StageAgeAnalyzer.Describe(), stageAge.Descriptor);
        Assert.Same(DuplicateAnalyzer.Describe(), duplicates.Descriptor);
        Assert.Equal((StageAgeAnalyzer.AnalyzerName, StageAgeOptions.SectionName), (stageAge.Descriptor.Name, stageAge.Descriptor.SectionName));
        Assert.Equal((DuplicateAnalyzer.AnalyzerName, DuplicateDetectionOptions.SectionName), (duplicates.Descriptor.Name, duplicates.Descriptor.SectionName));
    }

    [Fact]
    public void Run_ErrorNamesTheDescriptorName()
    {
        var sneaky = new FixedAnalyzer("descriptor-name", [Property("a")],
            _ => new([new(CrmObjectTypes.Deals, "5", "b", "1")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([sneaky]).Run(Context));

        Assert.Equal("descriptor-name", error.Analyzer);
        Assert.StartsWith("Analyzer 'descriptor-name': ", error.Message);
    }

    [Fact]
    public void AlertTypes_PassedToAlertPlanner_LeaveAlertsOfAbsentAnalyzersOpen()
    {
        var runner = new AnalysisRunner([new StageAgeAnalyzer(new StageAgeOptions())]);
        var created = DateTimeOffset.Parse("2025-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        AlertState[] existing =
        [
            new("stage_age_exceeded:deals:1:proposal:2025-02-01", StageAgeAnalyzer.AlertType, CrmObjectTypes.Deals, "1", "T1",
                AlertStatus.Open, created, null),
            new("duplicate_group:contacts:g1", DuplicateAnalyzer.AlertType, CrmObjectTypes.Contacts, "9", "T2",
                AlertStatus.Open, created, null),
        ];

        var plan = AlertPlanner.Plan(runner.Run(Context).Alerts, existing, new Dictionary<string, CrmTaskState>(),
            WorkedExampleDeals.Now, runner.AlertTypes);

        Assert.Equal("stage_age_exceeded:deals:1:proposal:2025-02-01", Assert.Single(plan.ToResolve).Key);
    }
}
