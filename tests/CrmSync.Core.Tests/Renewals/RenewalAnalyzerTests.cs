using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Renewals;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Renewals;

public class RenewalAnalyzerTests
{
    private const string Path = "CrmSync:Connectors:hs:Renewals";

    [Fact]
    public void Analyze_ContractEndingInsideTheWindow_OneTaskKeyedByTheTerm_ForTheOwner_WithArr()
    {
        var world = new CustomerWorld();
        var due = world.Customer(contractEndInDays: 120);
        world.Deal(due, won: true, closed: true, recurring: "1000");
        var outside = world.Customer(contractEndInDays: 121);

        var result = Analyze(world);

        var alert = Assert.Single(result.Alerts);
        Assert.Equal($"renewal_approaching:companies:{due}:{CustomerWorld.Day(120)}", alert.Key);
        Assert.Equal(("7", CrmObjectTypes.Companies, due), (alert.OwnerId, alert.ObjectType, alert.RecordId));
        Assert.Equal(12_000m, alert.MoneyAtRisk);
        Assert.Equal(AlertPriority.Medium, alert.Priority);
        Assert.Contains("in 120 days", alert.Subject);
        Assert.Equal(CustomerWorld.Day(120) + "T00:00:00Z", Value(result, due));
        Assert.Equal(CustomerWorld.Day(121) + "T00:00:00Z", Value(result, outside));
        Assert.Equal(alert.Key, Assert.Single(result.Findings).AlertKey);
    }

    [Theory]
    [InlineData("renewal", "default")]
    [InlineData("Renewal", "default")]
    [InlineData(null, "77")]
    [InlineData(null, "Renewals")]
    public void Analyze_OpenRenewalDealByTypeOrPipeline_NoTask(string? type, string pipeline)
    {
        var world = new CustomerWorld();
        var company = world.Customer(contractEndInDays: 30);
        world.Deal(company, type: type, pipeline: pipeline);

        Assert.Empty(Analyze(world).Alerts);
    }

    [Fact]
    public void Analyze_OpenDealThatIsNoRenewal_OrAClosedRenewal_StillDue()
    {
        var world = new CustomerWorld();
        var company = world.Customer(contractEndInDays: 30);
        world.Deal(company, type: "existingbusiness").Deal(company, type: "renewal", closed: true);

        var alert = Assert.Single(Analyze(world).Alerts);

        Assert.Equal(AlertPriority.High, alert.Priority);
    }

    [Fact]
    public void Analyze_ExtendedContract_IsANewTermWithANewKey_AndTheOldKeyIsGone()
    {
        var world = new CustomerWorld();
        var company = world.Customer(contractEndInDays: 60);
        var before = Assert.Single(Analyze(world).Alerts).Key;

        world.Set(company, CanonicalFields.ContractEnd, CustomerWorld.Day(60 + 365));
        var extended = Analyze(world);
        Assert.Empty(extended.Alerts);

        var nextTerm = Analyze(world, CustomerWorld.Now.AddDays(365));
        Assert.NotEqual(before, Assert.Single(nextTerm.Alerts).Key);
    }

    [Fact]
    public void Analyze_PassedEnd_AlertsWithinTheGrace_ThenStops()
    {
        var world = new CustomerWorld();
        world.Customer(contractEndInDays: -30);
        world.Customer(contractEndInDays: -31);

        var alert = Assert.Single(Analyze(world).Alerts);

        Assert.Contains("30 days ago", alert.Subject);
    }

    [Fact]
    public void Analyze_WonDealsContractEnd_UsedWhenTheCompanyHasNone_AndProspectsGetNothing()
    {
        var world = new CustomerWorld();
        var prospect = world.Prospect();
        var company = world.Customer(contractEndInDays: null);
        var withoutEnd = world.Customer(contractEndInDays: null);
        world.Deal(company, won: true, closed: true, contractEndInDays: 45).Deal(company, won: true, closed: true, contractEndInDays: -320);

        var result = Analyze(world);

        Assert.Equal($"renewal_approaching:companies:{company}:{CustomerWorld.Day(45)}", Assert.Single(result.Alerts).Key);
        Assert.Equal(CustomerWorld.Day(45) + "T00:00:00Z", Value(result, company));
        Assert.Null(Value(result, prospect));
        Assert.Null(Value(result, withoutEnd));
    }

    [Fact]
    public void Descriptor_OnClearFollowsTheOptions_AndTheAnalyzerIsOffByDefault()
    {
        Assert.False(new RenewalOptions().Enabled);
        var analyzer = new RenewalAnalyzer(new RenewalOptions { OnClear = ClearedTaskAction.Note });
        Assert.Equal(ClearedTaskAction.Note, analyzer.Descriptor.OnClear[RenewalAnalyzer.AlertType]);
        Assert.Contains(analyzer.Descriptor.Properties, p => p.Name == RenewalAnalyzer.DueDateProperty && p.ObjectType == CrmObjectTypes.Companies);
    }

    [Fact]
    public void Validate_EveryBadKeyNamed()
    {
        var options = new RenewalOptions { RenewalWindowDays = 0, ExpiredGraceDays = -1, RenewalDealTypes = ["renewal", " "] };

        var problems = options.Validate(Path);

        Assert.Equal(
            [$"{Path}:RenewalWindowDays must be between 1 and 3650 (was 0).", $"{Path}:RenewalDealTypes:1 is empty.", $"{Path}:ExpiredGraceDays must be between 0 and 3650 (was -1)."],
            problems);
        Assert.Contains($"{Path}:RenewalWindowDays", Assert.Throws<ArgumentException>(() => new RenewalAnalyzer(options, Path)).Message);
    }

    private static AnalyzerResult Analyze(CustomerWorld world, DateTimeOffset? now = null) =>
        new AnalysisRunner([new RenewalAnalyzer(new RenewalOptions { Enabled = true })]).Run(world.Context(now));

    private static string? Value(AnalyzerResult result, string companyId) =>
        result.Values.Single(v => v.RecordId == companyId && v.Property == RenewalAnalyzer.DueDateProperty).Value;
}
