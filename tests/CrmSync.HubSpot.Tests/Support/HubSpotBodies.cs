namespace CrmSync.HubSpot.Tests.Support;

/// <summary>Response bodies in HubSpot's shapes (hubspot-api.md), built as anonymous objects for WireMock.</summary>
internal static class HubSpotBodies
{
    public static object Contact(string id, string? email = null, string? modified = "2024-07-01T09:12:44.120Z") => new
    {
        id,
        properties = new Dictionary<string, string?>
        {
            ["email"] = email ?? $"c{id}@example.com",
            ["lastmodifieddate"] = modified,
            ["hs_object_id"] = id,
        },
        createdAt = "2024-05-02T08:00:00.000Z",
        updatedAt = "2024-07-01T09:12:44.120Z",
        archived = false,
    };

    public static object Page(IEnumerable<object> results, string? nextAfter) => nextAfter is null
        ? new { results }
        : new { results, paging = new { next = new { after = nextAfter, link = $"?after={nextAfter}" } } };

    public static object Error(string category, string message, object? context = null, object[]? errors = null) => new
    {
        status = "error",
        message,
        correlationId = "c033cdaa-2c40-4a64-ae48-b4cec88dad24",
        category,
        context,
        errors,
    };

    public static object RateLimit(string policyName, string message) => new
    {
        status = "error",
        message,
        errorType = "RATE_LIMIT",
        correlationId = "rl-0001",
        policyName,
        requestId = "3d3e35b7",
    };
}
