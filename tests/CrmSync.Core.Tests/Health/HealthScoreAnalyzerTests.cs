using CrmSync.Core.Analysis;
using CrmSync.Core.Health;
using CrmSync.Core.Schema;
using CrmSync.Core.Tests.Renewals;

namespace CrmSync.Core.Tests.Health;

public class HealthScoreAnalyzerTests
{
    private const string Path = "CrmSync:Connectors:hs:HealthScore";

    [Fact]
    public void Score_HealthyCustomer_Is100_WithNoReasons()
    {
        var world = new CustomerWorld();
        var company = world.Customer(contractEndInDays: 300, activityDaysAgo: 3);
        world.Deal(company);

        var result = Analyze(world);

        Assert.Equal(("100", null), (Value(result, company, HealthScoreAnalyzer.ScoreProperty), Value(result, company, HealthScoreAnalyzer.ReasonsProperty)));
        Assert.Empty(result.Alerts);
    }

    /// <summary>The formula of docs/renewals-and-health.md worked by hand for each signal.</summary>
    [Theory]
    // Activity: 35 × (45 − 14) / (60 − 14) = 23.59 → 24.
    [InlineData(300, 45, true, true, "76", "no activity 45 days (−24)")]
    [InlineData(300, 14, true, true, "100", null)]
    [InlineData(300, 200, true, true, "65", "no activity 200 days (−35)")]
    [InlineData(300, null, true, true, "65", "no activity recorded (−35)")]
    [InlineData(300, 1, false, true, "75", "champion no longer associated (−25)")]
    // Renewal: 25 × (120 − 30) / 120 = 18.75 → 19; plus no open deal 15.
    [InlineData(30, 1, true, false, "66", "renewal in 30 days without renewal deal (−19); no open deal (−15)")]
    [InlineData(-5, 1, true, false, "60", "contract ended 5 days ago without renewal deal (−25); no open deal (−15)")]
    public void Score_EachSignal_DeductsItsShareOfTheWeight(int contractEnd, int? activityDaysAgo, bool championStays, bool openDeal, string score, string? reasons)
    {
        var world = new CustomerWorld();
        var company = world.Customer(contractEnd, activityDaysAgo, championStays);
        if (openDeal)
            world.Deal(company, type: "existingbusiness");

        var result = Analyze(world);

        Assert.Equal(score, Value(result, company, HealthScoreAnalyzer.ScoreProperty));
        Assert.Equal(reasons, Value(result, company, HealthScoreAnalyzer.ReasonsProperty));
    }

    [Fact]
    public void Score_Usage_CountsOnlyWithAWeight_AndScalesToTheHealthyFigure()
    {
        var world = new CustomerWorld();
        var low = world.Customer(300, extra: new() { [CanonicalFields.Usage] = "40" });
        var none = world.Customer(300);
        world.Deal(low).Deal(none);
        var options = new HealthScoreOptions { Weights = new HealthWeights { Activity = 30, Champion = 20, Renewal = 20, OpenDeals = 10, Usage = 20 }, UsageHealthyAt = 100 };

        var result = Analyze(world, options);

        Assert.Equal(("88", "usage 40 of 100 (−12)"), (Value(result, low, HealthScoreAnalyzer.ScoreProperty), Value(result, low, HealthScoreAnalyzer.ReasonsProperty)));
        Assert.Equal(("80", "no usage recorded (−20)"), (Value(result, none, HealthScoreAnalyzer.ScoreProperty), Value(result, none, HealthScoreAnalyzer.ReasonsProperty)));
        Assert.Equal("100", Value(Analyze(world), low, HealthScoreAnalyzer.ScoreProperty));
    }

    [Fact]
    public void Drop_AlertsOncePerDrop_KeyedByItsFirstDay_ClearedOnRecovery_NewDropNewKey()
    {
        var world = new CustomerWorld();
        var company = world.Customer(contractEndInDays: 300, activityDaysAgo: 90, championStays: false);

        var first = Analyze(world);
        var alert = Assert.Single(first.Alerts);
        Assert.Equal($"health_drop:companies:{company}:{CustomerWorld.Day(0)}", alert.Key);
        Assert.Equal("25", Value(first, company, HealthScoreAnalyzer.ScoreProperty));
        Assert.Contains("no activity 90 days (−35); champion no longer associated (−25); no open deal (−15)", alert.Body);
        var since = Value(first, company, HealthScoreAnalyzer.AlertSinceProperty);
        Assert.Equal(CustomerWorld.Day(0) + "T00:00:00Z", since);

        // A week later, still low: the stored first day keeps the key (one task for the drop).
        world.Set(company, HealthScoreAnalyzer.AlertSinceProperty, since);
        Assert.Equal(alert.Key, Assert.Single(Analyze(world, now: CustomerWorld.Now.AddDays(7)).Alerts).Key);

        // Recovered: no alert, the first day is cleared.
        world.Set(company, CanonicalFields.LastActivityAt, CustomerWorld.Now.ToString("O"));
        var recovered = Analyze(world);
        Assert.Empty(recovered.Alerts);
        Assert.Null(Value(recovered, company, HealthScoreAnalyzer.AlertSinceProperty));

        // Dropping again a month later is a new occurrence.
        world.Set(company, HealthScoreAnalyzer.AlertSinceProperty, null);
        world.Set(company, CanonicalFields.LastActivityAt, null);
        Assert.Equal($"health_drop:companies:{company}:{CustomerWorld.Day(30)}", Assert.Single(Analyze(world, now: CustomerWorld.Now.AddDays(30)).Alerts).Key);
    }

    [Fact]
    public void NonCustomers_GetNoScore()
    {
        var world = new CustomerWorld();
        var prospect = world.Prospect();

        var result = Analyze(world);

        Assert.Null(Value(result, prospect, HealthScoreAnalyzer.ScoreProperty));
        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void Validate_WeightsNamedByKey_AndMustAddUpTo100()
    {
        var options = new HealthScoreOptions
        {
            Weights = new HealthWeights { Activity = 120, Champion = 25, Renewal = 25, OpenDeals = 15, Usage = 10 },
            AlertBelow = 0,
            ActivityGraceDays = 30,
            ActivityFullDays = 20,
        };

        var problems = options.Validate(Path);

        Assert.Equal(
        [
            $"{Path}:Weights:Activity must be between 0 and 100 (was 120).",
            $"{Path}:Weights must add up to 100 (was 195: Activity 120, Champion 25, Renewal 25, OpenDeals 15, Usage 10).",
            $"{Path}:AlertBelow must be between 1 and 100 (was 0).",
            $"{Path}:ActivityFullDays must be above ActivityGraceDays (30) and at most 3650 (was 20).",
            $"{Path}:UsageHealthyAt must be a number above 0 when {Path}:Weights:Usage is set (was empty).",
        ], problems);
        Assert.Empty(new HealthScoreOptions().Validate(Path));
        Assert.False(new HealthScoreOptions().Enabled);
    }

    private static AnalyzerResult Analyze(CustomerWorld world, HealthScoreOptions? options = null, DateTimeOffset? now = null) =>
        new AnalysisRunner([new HealthScoreAnalyzer(options ?? new HealthScoreOptions())]).Run(world.Context(now));

    private static string? Value(AnalyzerResult result, string companyId, string property) =>
        result.Values.Single(v => v.RecordId == companyId && v.Property == property).Value;
}
