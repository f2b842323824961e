using CrmSync.Core.Analysis;
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
        var health = new FixedAnalyzer("health", [Property("crmsync_health")],
            _ => new([new(CrmObjectTypes.Deals, "1", "crmsync_health", "72")], [Alert("health_drop:deals:1")]));
        var dupes = new FixedAnalyzer("dupes", [Property("crmsync_dup_score", CrmObjectTypes.Contacts)],
            _ => new([new(CrmObjectTypes.Contacts, "9", "crmsync_dup_score", "0.97")], []));

        var result = new AnalysisRunner([health, dupes]).Run(Context);

        Assert.Equal(["crmsync_health", "crmsync_dup_score"], result.Properties.Select(p => p.Name));
        Assert.Equal(["72", "0.97"], result.Values.Select(v => v.Value));
        Assert.Equal("health_drop:deals:1", Assert.Single(result.Alerts).Key);
        Assert.Equal("0.97", Assert.Single(result.ValuesFor(CrmObjectTypes.Contacts)).Value);
        Assert.Equal([CrmObjectTypes.Deals, CrmObjectTypes.Contacts], result.ObjectTypes);
    }

    [Fact]
    public void Constructor_TwoAnalyzersDeclareSameProperty_ThrowsNamingBoth()
    {
        var first = new FixedAnalyzer("stage-age", Property("crmsync_days_in_stage"));
        var second = new FixedAnalyzer("copycat", Property("crmsync_days_in_stage"));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([first, second]));

        Assert.Equal("copycat", error.Analyzer);
        Assert.Contains("'crmsync_days_in_stage' on deals is already written by analyzer 'stage-age'", error.Message);
    }

    [Fact]
    public void Constructor_SameNameOnDifferentObjectTypes_Allowed()
    {
        var runner = new AnalysisRunner(
        [
            new FixedAnalyzer("a", Property("crmsync_health", CrmObjectTypes.Deals)),
            new FixedAnalyzer("b", Property("crmsync_health", CrmObjectTypes.Companies)),
        ]);

        Assert.Equal(2, runner.Properties.Count);
    }

    [Theory]
    [InlineData("days_in_stage")]
    [InlineData("crmsync_")]
    [InlineData("crmsync_Days")]
    [InlineData("crmsync_days-in-stage")]
    [InlineData("CRMSYNC_days")]
    public void Constructor_InvalidPropertyName_ThrowsWithPattern(string name)
    {
        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([new FixedAnalyzer("bad", Property(name))]));

        Assert.Contains($"'{name}' is invalid", error.Message);
        Assert.Contains("^crmsync_[a-z0-9_]{1,92}$", error.Message);
    }

    [Fact]
    public void Constructor_UnknownObjectType_Throws()
    {
        var error = Assert.Throws<AnalysisException>(
            () => new AnalysisRunner([new FixedAnalyzer("bad", Property("crmsync_x", "tickets"))]));

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
        var sneaky = new FixedAnalyzer("sneaky", [Property("crmsync_a")],
            _ => new([new(CrmObjectTypes.Deals, "5", "crmsync_b", "1")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([sneaky]).Run(Context));

        Assert.Contains("'crmsync_b' on deals record 5, which it does not declare", error.Message);
    }

    [Fact]
    public void Run_ValueForPropertyOfAnotherAnalyzer_Throws()
    {
        var owner = new FixedAnalyzer("owner", Property("crmsync_a"));
        var intruder = new FixedAnalyzer("intruder", [Property("crmsync_b")],
            _ => new([new(CrmObjectTypes.Deals, "5", "crmsync_a", "1")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([owner, intruder]).Run(Context));

        Assert.Equal("intruder", error.Analyzer);
    }

    [Fact]
    public void Run_SameValueTwice_Throws()
    {
        var twice = new FixedAnalyzer("twice", [Property("crmsync_a")],
            _ => new([new(CrmObjectTypes.Deals, "5", "crmsync_a", "1"), new(CrmObjectTypes.Deals, "5", "crmsync_a", "2")], []));

        var error = Assert.Throws<AnalysisException>(() => new AnalysisRunner([twice]).Run(Context));

        Assert.Contains("emitted property 'crmsync_a' twice for deals record 5", error.Message);
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

        Assert.Equal("Analyzer 'broken': failed for connector 'hubspot-test': bad amount '1,5'", error.Message);
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

        Assert.Equal(["D4", "D5"], result.ValuesFor(CrmObjectTypes.Deals).Select(v => v.RecordId));
        Assert.Equal(2, result.Alerts.Count);
    }
}
