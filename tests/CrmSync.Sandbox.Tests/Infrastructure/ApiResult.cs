using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CrmSync.Sandbox.Tests.Infrastructure;

/// <summary>A raw answer: status, body text and headers; <see cref="Json"/> parses on demand so truncated bodies can be inspected.</summary>
internal sealed record ApiResult(HttpStatusCode Status, string Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? values.First() : null;

    public bool HasHeader(string name) => Header(name) is not null;

    public IReadOnlyList<JsonElement> Results => [.. Json.GetProperty("results").EnumerateArray()];

    public IReadOnlyList<string> ResultIds => Results.Select(r => r.GetProperty("id").GetString()!).ToList();

    public string? NextAfter =>
        Json.TryGetProperty("paging", out var paging) ? paging.GetProperty("next").GetProperty("after").GetString() : null;

    public string? Property(int result, string name) =>
        Results[result].GetProperty("properties").TryGetProperty(name, out var value) ? value.GetString() : null;
}
