using System.Text.Json;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Calls;

internal static class SalesforceErrorReader
{
    /// <summary>Salesforce's error array; empty when the body is absent or not that JSON (an HTML maintenance page, say).</summary>
    public static IReadOnlyList<SfError> Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return [];
        try
        {
            return body.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize<List<SfError>>(body, SalesforceJson.Options) ?? []
                : JsonSerializer.Deserialize<SfError>(body, SalesforceJson.Options) is { } one ? [one] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>"CODE: message" of the first error, truncated; empty when there is none.</summary>
    public static string Describe(IReadOnlyList<SfError> errors) =>
        errors.FirstOrDefault() is { } e ? $" {e.Code}: {Truncate(e.Message ?? "")}" : "";

    public static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");
}
