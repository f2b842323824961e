using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Tests.Configuration;

public class ConfigurationCheckerTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    private static readonly (string, string?)[] Valid =
    [
        ("CrmSync:Connectors:acme:Kind", "HubSpot"),
        ("CrmSync:Connectors:acme:BaseUrl", "https://api.hubapi.com"),
        ("CrmSync:Connectors:acme:AccessToken", "pat-na1-secret"),
        ("CrmSync:Connectors:acme:Schedules:pipeline:Cron", "*/30 * * * *"),
        ("CrmSync:Connectors:acme:Schedules:pipeline:TimeZone", "Europe/Berlin"),
    ];

    [Fact]
    public void Check_ValidConnector_ReportsNothing()
    {
        Assert.Empty(ConfigurationChecker.Check(Config(Valid)));
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

        var problems = ConfigurationChecker.Check(config);

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

        var problems = ConfigurationChecker.Check(config);

        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:Kind" && p.Message.Contains("Hubspott"));
        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds" && p.Message.Contains("whole number"));
        Assert.Contains(problems, p => p.Key == "CrmSync:Connectors:acme:Lookbak" && p.Message.Contains("unknown key"));
    }

    [Fact]
    public void Check_MissingToken_NamesTheEnvironmentVariableAndNeverAValue()
    {
        var config = Config(("CrmSync:Connectors:acme:Kind", "HubSpot"), ("CrmSync:Connectors:acme:BaseUrl", "https://api.hubapi.com"));

        var problem = Assert.Single(ConfigurationChecker.Check(config));

        Assert.Equal("CrmSync:Connectors:acme:AccessToken", problem.Key);
        Assert.Contains("CrmSync__Connectors__acme__AccessToken", problem.Message);
    }

    [Fact]
    public void Check_NoConnectors_SaysSo()
    {
        var problem = Assert.Single(ConfigurationChecker.Check(Config()));
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

        var keys = ConfigurationChecker.Check(config).Select(p => p.Key).ToList();

        Assert.Contains("CrmSync:Connectors:acme-eu", keys);
        Assert.DoesNotContain("CrmSync:Connectors:acme-eu:Objects:0", keys); // name errors stop before semantic checks

        var renamed = Config([.. config.AsEnumerable().Where(kv => kv.Value is not null)
            .Select(kv => (kv.Key.Replace("acme-eu", "acme_eu"), kv.Value))]);
        var semantic = ConfigurationChecker.Check(renamed).Select(p => p.Key).ToList();
        Assert.Contains("CrmSync:Connectors:acme_eu:Objects:0", semantic);
        Assert.Contains("CrmSync:Connectors:acme_eu:Schedules:refresh", semantic);
    }
}
