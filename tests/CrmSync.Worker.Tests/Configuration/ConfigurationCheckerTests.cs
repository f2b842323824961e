using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Tests.Configuration;

public class ConfigurationCheckerTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) => TestServices.Config(values);

    private static readonly (string, string?)[] Valid = TestServices.ValidConnector;

    [Fact]
    public void Check_ValidConnector_ReportsNothing()
    {
        Assert.Empty(TestServices.Check(Config(Valid)));
    }

    [Fact]
    public void Check_ThreeMistakes_ReportsAllThreeWithTheirKeys()
    {
        var config = Config(
            ("CrmSync:Connectors:acme:Kind", "HubSpot"),
            ("CrmSync:Connectors:acme:BaseUrl", "not a url"),
            ("CrmSync:Connectors:acme:AccessToken", "pat-na1-secret"),
            ("CrmSync:Connectors:acme:Schedules:pipeline:Cron", "every minute"),
            ("CrmSync:Connectors:acme:Schedules:pipeline:TimeZone", "Mars/Olympus"));

        var problems = TestServices.Check(config);

        Assert.Equal(
            ["CrmSync:Connectors:acme:BaseUrl", "CrmSync:Connectors:acme:Schedules:pipeline:Cron", "CrmSync:Connectors:acme:Schedules:pipeline:TimeZone"],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_TypeErrorsAndUnknownKeys_AreAllReportedBeforeBinding()
    {
        var config = Config(
            ("CrmSync:Connectors:acme:Kind", "Hubspott"),
            ("CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds", "lots"),
            ("CrmSync:Connectors:acme:Lookbak", "00:05:00"));

        var problems = TestServices.Check(config);

        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:Kind" && p.Message.Contains("Hubspott"));
        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds" && p.Message.Contains("whole number"));
        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:Lookbak" && p.Message.Contains("unknown key"));
    }

    [Fact]
    public void Check_MissingToken_NamesTheEnvironmentVariableAndNeverAValue()
    {
        var config = Config(("CrmSync:Connectors:acme:Kind", "HubSpot"), ("CrmSync:Connectors:acme:BaseUrl", "https://api.hubapi.com"));

        var problem = Assert.Single(TestServices.Check(config));

        Assert.Equal("CrmSync:Connectors:acme:AccessToken", problem.Key);
        Assert.Contains("CrmSync__Connectors__acme__AccessToken", problem.Message);
    }

    [Fact]
    public void Check_NoConnectors_SaysSo()
    {
        var problem = Assert.Single(TestServices.Check(Config()));
        Assert.Equal("CrmSync:Connectors", problem.Key);
    }

    [Fact]
    public void Check_BadConnectorNameUnknownObjectAndJob_AreReported()
    {
        var config = Config(
            ("CrmSync:Connectors:acme-eu:Kind", "HubSpot"),
            ("CrmSync:Connectors:acme-eu:BaseUrl", "https://api.hubapi.com"),
            ("CrmSync:Connectors:acme-eu:AccessToken", "x"),
            ("CrmSync:Connectors:acme-eu:Objects:0", "tickets"),
            ("CrmSync:Connectors:acme-eu:Schedules:refresh:Cron", "0 * * * *"));

        var keys = TestServices.Check(config).Select(p => p.Key).ToList();

        // One pass: the name error does not hide the others.
        Assert.Contains("CrmSync:Connectors:acme-eu", keys);
        Assert.Contains("CrmSync:Connectors:acme-eu:Objects:0", keys);
        Assert.Contains("CrmSync:Connectors:acme-eu:Schedules:refresh", keys);
    }

    [Fact]
    public void Check_EveryDocumentedHubSpotKey_IsAccepted()
    {
        var config = Config(
        [
            .. Valid,
            ("CrmSync:Connectors:acme:ObjectsPathPrefix", "/crm/objects/2026-03"),
            ("CrmSync:Connectors:acme:Lookback", "00:10:00"),
            ("CrmSync:Connectors:acme:AttemptTimeout", "00:00:20"),
            ("CrmSync:Connectors:acme:MaxRetryAttempts", "3"),
            ("CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds", "100"),
            ("CrmSync:Connectors:acme:RateLimit:SearchPerSecond", "4"),
            ("CrmSync:Connectors:acme:RateLimit:Utilisation", "0.5"),
            ("CrmSync:Connectors:acme:DryRun", "true"),
            ("CrmSync:Connectors:acme:FullReconcileInterval", "12:00:00"),
        ]);

        Assert.Empty(TestServices.Check(config));
    }

    [Fact]
    public void Check_AnalyzerSections_AreTypeCheckedAndMisspeltKeysReported()
    {
        var config = Config(
        [
            .. Valid,
            ("CrmSync:Connectors:acme:Dedupe:Contacts:MatchThreshhold", "0.8"),
            ("CrmSync:Connectors:acme:StageAge:DefaultLimitDays", "fourteen"),
            ("CrmSync:Connectors:acme:StageAge:LimitsByStage:contractsent", "7"),
            ("CrmSync:Connectors:acme:Dedupe:Companies:Kind", "Planet"),
        ]);

        var problems = TestServices.Check(config);

        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:Dedupe:Contacts:MatchThreshhold" && p.Message.Contains("unknown key"));
        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:StageAge:DefaultLimitDays" && p.Message.Contains("whole number"));
        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:Dedupe:Companies:Kind" && p.Message.Contains("Person"));
        Assert.DoesNotContain(problems, p => p.Key.Contains("LimitsByStage"));
    }

    [Fact]
    public void Check_AnalyzerValidation_NamesTheFullKey()
    {
        var config = Config([.. Valid, ("CrmSync:Connectors:acme:StageAge:DefaultLimitDays", "0")]);

        var problem = Assert.Single(TestServices.Check(config));

        Assert.Equal("CrmSync:Connectors:acme:StageAge:DefaultLimitDays", problem.Key);
        Assert.Contains("between 1 and", problem.Message);
    }

    [Fact]
    public void Check_ScheduleNamingAnalyzers_ChecksTheirNamesAndTheJob()
    {
        var config = Config(
        [
            .. Valid,
            ("CrmSync:Connectors:acme:Schedules:nightly:Job", "pipeline"),
            ("CrmSync:Connectors:acme:Schedules:nightly:Analyzers:0", "duplicates"),
            ("CrmSync:Connectors:acme:Schedules:nightly:Analyzers:1", "duplicatez"),
            ("CrmSync:Connectors:acme:Schedules:nightly:Cron", "0 3 * * *"),
            ("CrmSync:Connectors:acme:Schedules:hourly:Job", "pipelin"),
            ("CrmSync:Connectors:acme:Schedules:hourly:Cron", "0 * * * *"),
        ]);

        var problems = TestServices.Check(config);

        Assert.Equal(
            ["CrmSync:Connectors:acme:Schedules:hourly:Job", "CrmSync:Connectors:acme:Schedules:nightly:Analyzers:1"],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_UnknownKind_ListsTheRegisteredKinds()
    {
        var problems = TestServices.Check(Config(("CrmSync:Connectors:acme:Kind", "Pipedrive")));

        var problem = Assert.Single(problems);
        Assert.Equal("CrmSync:Connectors:acme:Kind", problem.Key);
        Assert.Contains("HubSpot", problem.Message);
    }
}
