using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Worker.Demo;

/// <summary>
/// The configuration of a Salesforce connector pointed at a fake org: its URL as the login URL (the token answer's
/// instance_url is the same fake), the client-credentials flow with the fake's connected-app values, and a schedule.
/// </summary>
public static class SalesforceDemoSettings
{
    public static IReadOnlyDictionary<string, string?> For(string connector, SalesforceOrgHost org)
    {
        var prefix = $"CrmSync:Connectors:{connector}";
        return new Dictionary<string, string?>
        {
            [$"{prefix}:Kind"] = "Salesforce",
            [$"{prefix}:LoginUrl"] = org.BaseUrl.ToString().TrimEnd('/'),
            [$"{prefix}:ApiVersion"] = org.State.Options.ApiVersion,
            [$"{prefix}:Auth:Flow"] = "ClientCredentials",
            [$"{prefix}:Auth:ClientId"] = org.ClientId,
            [$"{prefix}:Auth:ClientSecret"] = org.ClientSecret,
            [$"{prefix}:Schedules:pipeline:Cron"] = "*/15 * * * *",
        };
    }
}
