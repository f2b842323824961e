using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Batch;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Owners;
using CrmSync.Sandbox.Pipelines;
using CrmSync.Sandbox.Properties;
using CrmSync.Sandbox.Search;

namespace CrmSync.Sandbox.Hosting;

/// <summary>Every endpoint the sandbox serves; the template doubles as the route key in stats and the request log.</summary>
internal static class SandboxRoutes
{
    public static IReadOnlyList<SandboxRoute> Build(SandboxState state)
    {
        var objects = state.Options.ObjectsPathPrefix;
        var writes = new ObjectWriteEndpoints(state);
        var merge = new MergeEndpoint(state);
        var search = new SearchEndpoint();
        var batchReads = new BatchReadEndpoints(state);
        var batchWrites = new BatchWriteEndpoints(state);
        const string Properties = "/crm/v3/properties/{type}";
        const string Pipelines = "/crm/v3/pipelines/{type}";
        const string V4Pair = "/crm/v4/objects/{fromType}/{fromId}/associations";
        return
        [
            new("GET", $"{objects}/{{type}}", RouteKind.Read, ObjectReadEndpoints.List),
            new("POST", $"{objects}/{{type}}", RouteKind.Write, writes.Create),
            new("GET", $"{objects}/{{type}}/{{id}}", RouteKind.Read, ObjectReadEndpoints.Get),
            new("PATCH", $"{objects}/{{type}}/{{id}}", RouteKind.Write, writes.Update),
            new("DELETE", $"{objects}/{{type}}/{{id}}", RouteKind.Write, writes.Archive),
            new("POST", $"{objects}/{{type}}/search", RouteKind.Search, search.Search),
            new("POST", $"{objects}/{{type}}/batch/read", RouteKind.Read, batchReads.Read),
            new("POST", $"{objects}/{{type}}/batch/create", RouteKind.Write, batchWrites.Create),
            new("POST", $"{objects}/{{type}}/batch/update", RouteKind.Write, batchWrites.Update),
            new("POST", $"{objects}/{{type}}/batch/archive", RouteKind.Write, batchReads.Archive),
            new("POST", $"{objects}/{{type}}/merge", RouteKind.Write, merge.Merge),
            new("GET", Properties, RouteKind.Read, PropertiesEndpoints.List),
            new("POST", Properties, RouteKind.Write, PropertiesEndpoints.Create),
            new("GET", $"{Properties}/groups", RouteKind.Read, PropertyGroupsEndpoints.List),
            new("POST", $"{Properties}/groups", RouteKind.Write, PropertyGroupsEndpoints.Create),
            new("GET", $"{Properties}/groups/{{groupName}}", RouteKind.Read, PropertyGroupsEndpoints.Get),
            new("GET", $"{Properties}/{{name}}", RouteKind.Read, PropertiesEndpoints.Get),
            new("PATCH", $"{Properties}/{{name}}", RouteKind.Write, PropertiesEndpoints.Update),
            new("DELETE", $"{Properties}/{{name}}", RouteKind.Write, PropertiesEndpoints.Archive),
            new("GET", Pipelines, RouteKind.Read, PipelinesEndpoints.List),
            new("GET", $"{Pipelines}/{{pipelineId}}", RouteKind.Read, PipelinesEndpoints.Get),
            new("GET", $"{Pipelines}/{{pipelineId}}/stages", RouteKind.Read, PipelinesEndpoints.Stages),
            new("GET", "/crm/v3/owners", RouteKind.Read, OwnersEndpoints.List),
            new("GET", "/crm/v3/owners/{ownerId}", RouteKind.Read, OwnersEndpoints.Get),
            new("GET", "/crm/v4/objects/{fromType}/{id}/associations/{toType}", RouteKind.Read, AssociationReadEndpoints.ForRecord),
            new("POST", "/crm/v4/associations/{fromType}/{toType}/batch/read", RouteKind.Read, AssociationReadEndpoints.BatchRead),
            new("GET", "/crm/v4/associations/{fromType}/{toType}/labels", RouteKind.Read, AssociationReadEndpoints.Labels),
            new("GET", "/crm/associations/v4/{fromType}/{toType}/labels", RouteKind.Read, AssociationReadEndpoints.Labels),
            new("PUT", $"{V4Pair}/default/{{toType}}/{{toId}}", RouteKind.Write, AssociationWriteEndpoints.PutDefault),
            new("PUT", $"{V4Pair}/{{toType}}/{{toId}}", RouteKind.Write, AssociationWriteEndpoints.PutLabelled),
            new("DELETE", $"{V4Pair}/{{toType}}/{{toId}}", RouteKind.Write, AssociationWriteEndpoints.Delete),
        ];
    }

    /// <summary>Unknown paths: still authenticated and rate-limited, then 404, so clients see HubSpot-like behaviour.</summary>
    public static SandboxRoute Unmatched { get; } =
        new("*", "(unmatched)", RouteKind.Read, call => ErrorResponses.NotFound($"No sandbox endpoint serves {call.Path}"));
}
