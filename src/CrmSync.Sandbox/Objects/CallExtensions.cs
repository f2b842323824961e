using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Objects;

/// <summary>Route-value lookups shared by the endpoints, answering HubSpot's errors when they fail.</summary>
internal static class CallExtensions
{
    public static bool TryTable(this SandboxCall call, string routeValue, [NotNullWhen(true)] out ObjectTable? table, [NotNullWhen(false)] out SandboxResponse? error)
    {
        var text = call.Route(routeValue);
        if (ObjectTypes.TryResolve(text, out var type))
        {
            table = call.Store.Table(type);
            error = null;
            return true;
        }

        table = null;
        error = ErrorResponses.UnknownObjectType(text);
        return false;
    }

    /// <summary>
    /// An id that exists; archived only when <paramref name="archived"/> (HubSpot's ?archived=true). A live lookup of
    /// an id a merge archived answers the survivor (hubspot-api.md §11: both old ids resolve to the merged record).
    /// </summary>
    public static bool TryRecord(this ObjectTable table, string? id, bool archived, out long key)
    {
        if (!table.TryParseId(id, out key))
        {
            return false;
        }

        if (!archived)
        {
            key = table.Resolve(key);
        }

        return table.Exists(key, archived);
    }

    /// <summary>The limit query parameter: default, 1..cap (larger values are clamped).</summary>
    public static bool TryLimit(this SandboxCall call, int defaultLimit, int cap, out int limit, [NotNullWhen(false)] out SandboxResponse? error)
    {
        error = null;
        limit = defaultLimit;
        var text = call.Query("limit");
        if (text is null)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
        {
            error = ErrorResponses.Validation($"limit must be a positive integer (was '{text}')");
            return false;
        }

        limit = Math.Min(limit, cap);
        return true;
    }

    public static string NotFoundMessage(ObjectTypeInfo type, string id) => $"Object not found. objectId are usually numeric. {type.Label} id {id} was not found";
}
