using CrmSync.Core.StageRules;
using CrmSync.HubSpot;
using CrmSync.Worker.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Configuration;

public class ConnectorOptionsBindingTests
{
    private static ConnectorSettings Read(params (string Key, string? Value)[] values)
    {
        var all = new Dictionary<string, string?>
        {
            ["Kind"] = "HubSpot",
            ["BaseUrl"] = "https://api.hubapi.com",
            ["AccessToken"] = "pat-na1-secret",
        };
        foreach (var (key, value) in values)
            all[key] = value;
        return TestServices.For(TestServices.Config([.. all.Select(kv => ($"CrmSync:Connectors:acme:{kv.Key}", kv.Value))])).GetRequiredService<ConnectorSettingsProvider>().Get("acme");
    }

    [Fact]
    public void ObjectTypes_OneObjectConfigured_IsExactlyThatObject()
    {
        Assert.Equal(["contacts"], Read(("Objects:0", "contacts")).ObjectTypes);
    }

    [Fact]
    public void ObjectTypes_NoneConfigured_IsEveryObjectTheKindSupports()
    {
        Assert.Equal(["contacts", "companies", "deals"], Read().ObjectTypes);
    }

    [Fact]
    public void Kind_MatchedCaseInsensitively_BindsItsOwnOptions()
    {
        var settings = Read(("Kind", "hubspot"), ("Lookback", "00:10:00"));

        Assert.Equal("HubSpot", settings.Kind.Kind);
        Assert.Equal(TimeSpan.FromMinutes(10), Assert.IsType<HubSpotConnectorOptions>(settings.KindOptions).Lookback);
    }

    [Fact]
    public void StageAge_Limits_BindByStageIdIntoTheAnalyzersOptions()
    {
        var settings = Read(("StageAge:DefaultLimitDays", "21"), ("StageAge:LimitsByStage:contractsent", "7"));

        var options = Assert.IsType<StageAgeOptions>(settings.Analyzers.Single(a => a.Name == StageAgeAnalyzer.AnalyzerName).Options);
        Assert.Equal(7, options.LimitFor("contractsent"));
        Assert.Equal(21, options.LimitFor("qualifiedtobuy"));
    }

    [Fact]
    public void Analyzer_Disabled_IsNotAmongTheEnabled()
    {
        var settings = Read(("Dedupe:Enabled", "false"));

        Assert.DoesNotContain(settings.EnabledAnalyzers, a => a.Name == "duplicates");
        Assert.Contains(settings.EnabledAnalyzers, a => a.Name == StageAgeAnalyzer.AnalyzerName);
    }
}
