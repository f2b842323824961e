using System.Reflection;

namespace CrmSync.Architecture.Tests;

/// <summary>The assemblies of CrmSync by role, and the namespaces each role must not use.</summary>
internal static class Layers
{
    public static readonly Assembly Core = typeof(Core.Records.CrmRecord).Assembly;
    public static readonly Assembly Storage = typeof(Storage.IRecordStore).Assembly;
    public static readonly Assembly Sandbox = typeof(Sandbox.SandboxHost).Assembly;
    public static readonly Assembly Worker = typeof(Worker.Hosting.CrmSyncHost).Assembly;

    /// <summary>Every connector project: one per CRM; a new connector is added here.</summary>
    public static readonly Assembly[] Connectors = [typeof(HubSpot.HubSpotConnectorOptions).Assembly, typeof(Salesforce.SalesforceConnectorOptions).Assembly];

    /// <summary>What Core may not touch: HTTP, SQL, Hangfire, ASP.NET, and every other CrmSync project.</summary>
    public static readonly string[] ForbiddenInCore =
    [
        "System.Net.Http", "Microsoft.Extensions.Http", "Refit", "Polly", "Microsoft.AspNetCore", "Hangfire",
        "Npgsql", "Microsoft.Data.Sqlite", "System.Data", "Dapper", "Microsoft.Extensions.Hosting",
        "CrmSync.HubSpot", "CrmSync.Salesforce", "CrmSync.Storage", "CrmSync.Worker", "CrmSync.Sandbox",
    ];

    /// <summary>A connector knows Core and its CRM's API: not the store, the host, the sandbox or another connector.</summary>
    public static string[] ForbiddenInConnector(Assembly connector) =>
    [
        "CrmSync.Storage", "CrmSync.Worker", "CrmSync.Sandbox", "Hangfire", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite",
        .. ConnectorNamespaces.Where(n => n != connector.GetName().Name),
    ];

    /// <summary>The sandbox fakes CRMs from their documentation: it shares no type with a connector, the store or the host.</summary>
    public static string[] ForbiddenInSandbox => ["CrmSync.Storage", "CrmSync.Worker", .. ConnectorNamespaces];

    private static IEnumerable<string> ConnectorNamespaces =>
        Connectors.Select(a => a.GetName().Name!).Append("CrmSync.Salesforce").Distinct();
}
