namespace CrmSync.Worker.Tests.Configuration;

/// <summary><c>config check</c> names each bad per-connector metrics key (the money source included).</summary>
public class MetricsConfigurationTests
{
    [Fact]
    public void Check_BadMoneySourceSettings_NameTheirKeys()
    {
        var config = TestServices.Config([.. TestServices.ValidConnector,
            ("CrmSync:Connectors:acme:Metrics:RevenueSource", "Invoices"),
            ("CrmSync:Connectors:acme:Metrics:ContractMonths", "0"),
            ("CrmSync:Connectors:acme:Metrics:ExchangeRates:EURO", "1.1")]);

        var problems = TestServices.Check(config);

        Assert.Contains(problems, p => Names(p, "CrmSync:Connectors:acme:Metrics:RevenueSource"));
        Assert.Contains(problems, p => Names(p, "CrmSync:Connectors:acme:Metrics:ContractMonths"));
        Assert.Contains(problems, p => Names(p, "CrmSync:Connectors:acme:Metrics:ExchangeRates:EURO"));
    }

    private static bool Names(Worker.Configuration.ConfigurationProblem problem, string key) =>
        problem.Key == key || problem.Message.Contains(key, StringComparison.Ordinal);

    [Fact]
    public void Check_ValidMoneySource_ReportsNothing()
    {
        var config = TestServices.Config([.. TestServices.ValidConnector,
            ("CrmSync:Connectors:acme:Metrics:RevenueSource", "ContractAmount"),
            ("CrmSync:Connectors:acme:Metrics:ContractMonths", "24"),
            ("CrmSync:Connectors:acme:Metrics:ExchangeRates:EUR", "1.1")]);

        Assert.Empty(TestServices.Check(config));
    }
}
