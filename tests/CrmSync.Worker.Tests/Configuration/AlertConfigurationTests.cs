using CrmSync.Core.Alerts.Budgets;
using CrmSync.Worker.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Configuration;

/// <summary><c>config check</c> on the Alerts section: every bad budget, priority, digest or backlog value names its key, on either kind of connector.</summary>
public class AlertConfigurationTests
{
    private static readonly (string, string?)[] Salesforce =
    [
        ("CrmSync:Connectors:sf:Kind", "Salesforce"),
        ("CrmSync:Connectors:sf:LoginUrl", "https://login.salesforce.com"),
        ("CrmSync:Connectors:sf:Auth:Flow", "ClientCredentials"),
        ("CrmSync:Connectors:sf:Auth:ClientId", "client"),
        ("CrmSync:Connectors:sf:Auth:ClientSecret", "secret"),
    ];

    private static (string, string?)[] BadAlerts(string connector) =>
    [
        ($"CrmSync:Connectors:{connector}:Alerts:Budget:MaxNewTasksPerOwnerPerDay", "0"),
        ($"CrmSync:Connectors:{connector}:Alerts:Budget:MaxOpenTasksPerOwner", "many"),
        ($"CrmSync:Connectors:{connector}:Alerts:Backlog", "Sometimes"),
        ($"CrmSync:Connectors:{connector}:Alerts:Priority:0", "Money"),
        ($"CrmSync:Connectors:{connector}:Alerts:Digest:Types:stale_deal", "Daily"),
        ($"CrmSync:Connectors:{connector}:Alerts:Digest:Period", "Daily"),
    ];

    [Theory]
    [InlineData("acme")]
    [InlineData("sf")]
    public void Check_BadAlertSettings_EachNamedByItsKey(string connector)
    {
        var config = connector == "acme"
            ? TestServices.ValidWith(BadAlerts(connector))
            : TestServices.Config([.. Salesforce, .. BadAlerts(connector)]);

        var problems = TestServices.Check(config);

        var prefix = $"CrmSync:Connectors:{connector}:Alerts";
        Assert.Equal(
        [
            $"{prefix}:Backlog", $"{prefix}:Budget:MaxNewTasksPerOwnerPerDay", $"{prefix}:Budget:MaxOpenTasksPerOwner",
            $"{prefix}:Digest:Period", $"{prefix}:Digest:Types:stale_deal", $"{prefix}:Priority:0",
        ], problems.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Contains(problems, p => p.Key.EndsWith(":Backlog", StringComparison.Ordinal) && p.Message.Contains("Hold, Tasks, Digest"));
        Assert.Contains(problems, p => p.Key.EndsWith(":Digest:Types:stale_deal", StringComparison.Ordinal) && p.Message.Contains("duplicate_group"));
        Assert.Contains(problems, p => p.Key.EndsWith(":Digest:Period", StringComparison.Ordinal) && p.Message.Contains("unknown key"));
    }

    [Fact]
    public void Bind_AlertSettings_ReachTheConnectorsOptions()
    {
        var config = TestServices.ValidWith(
            ("CrmSync:Connectors:acme:Alerts:Budget:MaxNewTasksPerRun", "50"),
            ("CrmSync:Connectors:acme:Alerts:Priority:0", "Age"),
            ("CrmSync:Connectors:acme:Alerts:Digest:Types:duplicate_group", "Weekly"),
            ("CrmSync:Connectors:acme:Alerts:Backlog", "Digest"),
            ("CrmSync:Connectors:acme:Alerts:ExcludedOwners:0", "99"),
            ("CrmSync:Connectors:acme:Alerts:FallbackOwner", "7"));

        var alerts = TestServices.For(config).GetRequiredService<ConnectorSettingsProvider>().Get("acme").Common.Alerts;

        Assert.Equal((50, 20), (alerts.Budget.MaxNewTasksPerRun, alerts.Budget.MaxNewTasksPerOwnerPerDay));
        Assert.Equal([PriorityCriterion.Age], alerts.PriorityRule);
        Assert.Equal((DigestPeriod.Weekly, DigestPeriod.Off), (alerts.Digest.PeriodFor("duplicate_group"), alerts.Digest.PeriodFor("stage_age_exceeded")));
        Assert.Equal((BacklogMode.Digest, "7"), (alerts.Backlog, alerts.EffectiveOwner("99")));
    }
}
