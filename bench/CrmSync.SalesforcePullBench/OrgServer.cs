using System.Globalization;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.SalesforcePullBench;

/// <summary>The child process: a fake org with <c>records</c> contacts + opportunities (contacts = 5/6 of them) until stdin closes.</summary>
public static class OrgServer
{
    public static async Task<int> RunAsync(int records)
    {
        await using var org = await SalesforceOrgHost.StartAsync(new SalesforceOrgOptions { Records = records * 5 / 6, DailyApiLimit = 10_000_000 });
        var rows = (string soql) => org.State.Query(soql, includeDeleted: true).Count.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"READY {org.BaseUrl} {org.ClientId} {org.ClientSecret} {rows("SELECT Id FROM Contact")} {rows("SELECT Id FROM Opportunity")} {rows("SELECT Id FROM OpportunityHistory")}");
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
