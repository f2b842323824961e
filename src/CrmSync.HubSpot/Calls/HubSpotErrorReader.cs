using System.Text.Json;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Calls;

internal static class HubSpotErrorReader
{
    /// <summary>Parses an error body; null when it is absent or not HubSpot's JSON (a proxy page, say).</summary>
    public static HsError? Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            return JsonSerializer.Deserialize<HsError>(body, HubSpotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Scopes named in a 403 MISSING_SCOPES body (context keys such as requiredGranularScopes).</summary>
    public static IReadOnlyList<string> MissingScopes(HsError? error)
    {
        if (error is null)
            return [];
        var contexts = new List<Dictionary<string, JsonElement>?> { error.Context };
        contexts.AddRange(error.Errors?.Select(e => e.Context) ?? []);
        return contexts
            .Where(c => c is not null)
            .SelectMany(c => c!)
            .Where(kv => kv.Key.Contains("scope", StringComparison.OrdinalIgnoreCase) && kv.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(kv => kv.Value.EnumerateArray())
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Ids an error applies to (batch errors carry them as context.ids).</summary>
    public static IReadOnlyList<string> Ids(HsError error)
    {
        if (error.Context is null || !error.Context.TryGetValue("ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
            return [];
        return ids.EnumerateArray()
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())
            .Where(v => !string.IsNullOrEmpty(v))
            .Select(v => v!)
            .ToList();
    }

    /// <summary>The most specific code: the first nested error's code (e.g. PROPERTY_DOESNT_EXIST), else the category.</summary>
    public static string Code(HsError? error, int statusCode) =>
        error?.Errors?.FirstOrDefault(e => !string.IsNullOrEmpty(e.Code))?.Code
        ?? error?.Category
        ?? $"HTTP_{statusCode}";
}
