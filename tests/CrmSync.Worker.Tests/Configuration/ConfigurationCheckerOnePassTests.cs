using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Tests.Configuration;

/// <summary>
/// <c>config check</c> reports every problem in one pass, anywhere: global keys, connection strings, and values whose
/// type is right but which cannot work (a cron that never fires, whitespace in a URL or a token).
/// </summary>
public class ConfigurationCheckerOnePassTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) => TestServices.Config(values);

    private static IConfiguration ValidWith(params (string Key, string? Value)[] values) => TestServices.ValidWith(values);

    private static readonly (string, string?)[] Valid = TestServices.ValidConnector;

    [Fact]
    public void Check_UnknownKeysAndBadValues_DoNotHideTheOtherProblems()
    {
        var config = Config(
            ("CrmSync:Connectors:acme:Kind", "HubSpot"),
            ("CrmSync:Connectors:acme:AccesToken", "pat-na1-secret"),
            ("CrmSync:Connectors:acme:BaseUrl", "notaurl"),
            ("CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds", "-5"),
            ("CrmSync:Connectors:acme:RateLimit:Utilisation", "most"),
            ("CrmSync:Connectors:acme:Schedules:sync:Cron", "61 * * * *"));

        var problems = TestServices.Check(config);

        Assert.Equal(
            [
                "CrmSync:Connectors:acme:AccesToken", "CrmSync:Connectors:acme:AccessToken", "CrmSync:Connectors:acme:BaseUrl",
                "CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds", "CrmSync:Connectors:acme:RateLimit:Utilisation",
                "CrmSync:Connectors:acme:Schedules:sync:Cron",
            ],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Contains("unknown key", problems.Single(p => p.Key.EndsWith(":AccesToken", StringComparison.Ordinal)).Message);
        Assert.DoesNotContain(problems, p => p.Message.Contains("pat-na1-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MisspeltGlobalKeysAndConnectionString_AreReported()
    {
        var config = Config(
        [
            .. Valid,
            ("CrmSync:WorkerCont", "4"),
            ("CrmSync:DataDirectry", "/var/lib/crmsync"),
            ("CrmSync:Dedupe:MatchThreshhold", "0.9"),
            ("ConnectionStrings:CrmSnc", "Host=db;Database=crmsync"),
        ]);

        var problems = TestServices.Check(config);

        Assert.Equal(
            ["ConnectionStrings:CrmSnc", "CrmSync:DataDirectry", "CrmSync:Dedupe:MatchThreshhold", "CrmSync:WorkerCont"],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Contains("ConnectionStrings:CrmSync", problems.Single(p => p.Key == "ConnectionStrings:CrmSnc").Message);
    }

    [Theory]
    [InlineData("Host=db;Pasword=hunter2", "unknown keyword 'Pasword'")]
    [InlineData("Host=db;Port=fivefourthreetwo;Password=hunter2", "the value of 'Port' is invalid")]
    public void Check_InvalidConnectionString_NamesTheKeywordNeverAValue(string connectionString, string expected)
    {
        var problem = Assert.Single(TestServices.Check(Config([.. Valid, ("ConnectionStrings:CrmSync", connectionString)])));

        Assert.Equal("ConnectionStrings:CrmSync", problem.Key);
        Assert.Contains(expected, problem.Message);
        Assert.DoesNotContain("hunter2", problem.Message);
    }

    [Theory]
    [InlineData("0 0 31 2 *")]
    [InlineData("0 0 30 2 *")]
    public void Check_CronThatNeverFires_IsAnError(string cron)
    {
        var problem = Assert.Single(TestServices.Check(ValidWith(("CrmSync:Connectors:acme:Schedules:pipeline:Cron", cron))));

        Assert.Equal("CrmSync:Connectors:acme:Schedules:pipeline:Cron", problem.Key);
        Assert.Contains("never fires", problem.Message);
    }

    [Fact]
    public void Check_CronOnLeapDays_FiresWithinTheHorizon()
    {
        Assert.Empty(TestServices.Check(ValidWith(("CrmSync:Connectors:acme:Schedules:pipeline:Cron", "0 3 29 2 *"))));
    }

    [Theory]
    [InlineData("BaseUrl", "https://api.hubapi.com/crm v3")]
    [InlineData("BaseUrl", " https://api.hubapi.com")]
    [InlineData("AccessToken", "pat-na1 secret")]
    public void Check_WhitespaceInUrlOrToken_IsAnError(string key, string value)
    {
        var problem = Assert.Single(TestServices.Check(ValidWith(($"CrmSync:Connectors:acme:{key}", value))));

        Assert.Equal($"CrmSync:Connectors:acme:{key}", problem.Key);
        Assert.Contains("whitespace", problem.Message);
    }
}
