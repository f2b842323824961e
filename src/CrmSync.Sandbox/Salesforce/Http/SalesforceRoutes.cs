using CrmSync.Sandbox.Salesforce.Composite;
using CrmSync.Sandbox.Salesforce.Describe;
using CrmSync.Sandbox.Salesforce.Limits;
using CrmSync.Sandbox.Salesforce.Query;
using CrmSync.Sandbox.Salesforce.Replication;
using CrmSync.Sandbox.Salesforce.Writes;

namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>Every data endpoint the fake org serves under /services/data/vXX.X/.</summary>
internal static class SalesforceRoutes
{
    public static IReadOnlyList<SalesforceRoute> All { get; } =
    [
        new("GET", "query", true, QueryEndpoints.Query),
        new("GET", "queryAll", true, QueryEndpoints.QueryAll),
        new("GET", "query/{locator}", true, QueryEndpoints.More),
        new("GET", "queryAll/{locator}", true, QueryEndpoints.More),
        new("GET", "limits", true, LimitsEndpoint.Get),
        new("GET", "sobjects", true, DescribeEndpoints.Global),
        new("GET", "sobjects/{type}", true, DescribeEndpoints.Basic),
        new("GET", "sobjects/{type}/describe", true, DescribeEndpoints.Describe),
        new("GET", "sobjects/{type}/updated", true, ReplicationEndpoints.Updated),
        new("GET", "sobjects/{type}/deleted", true, ReplicationEndpoints.Deleted),
        new("GET", "sobjects/{type}/{id}", true, SObjectEndpoints.Get),
        new("POST", "sobjects/{type}", false, SObjectEndpoints.Create),
        new("PATCH", "sobjects/{type}/{id}", false, SObjectEndpoints.Update),
        new("DELETE", "sobjects/{type}/{id}", false, SObjectEndpoints.Delete),
        new("PATCH", "sobjects/{type}/{field}/{value}", false, SObjectEndpoints.Upsert),
        new("PATCH", "composite/sobjects", false, CollectionEndpoints.Update),
        new("POST", "composite/sobjects", false, CollectionEndpoints.Create),
        new("DELETE", "composite/sobjects", false, CollectionEndpoints.Delete),
        new("GET", "composite/sobjects/{type}", true, CollectionEndpoints.Retrieve),
        new("POST", "composite", false, CompositeEndpoint.Post),
    ];
}
