using System.Text.Json;
using CrmSync.Sandbox.Objects;
using Microsoft.AspNetCore.Http;

namespace CrmSync.Sandbox.Http;

/// <summary>One admitted request as handlers see it: route and query values, the parsed body, the store and "now".</summary>
internal sealed class SandboxCall(HttpContext http, JsonElement? body, SandboxStore store)
{
    public SandboxStore Store { get; } = store;

    public JsonElement? Body { get; } = body;

    public long NowMs { get; } = store.NowMs;

    public string Path => http.Request.Path.Value ?? "";

    public string BaseUrl => $"{http.Request.Scheme}://{http.Request.Host}";

    public string Route(string name) => http.Request.RouteValues[name]?.ToString() ?? "";

    public string? Query(string name) => http.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    /// <summary>Comma-separated and repeated parameters (properties=a,b&amp;properties=c) alike.</summary>
    public IReadOnlyList<string> QueryList(string name) =>
        http.Request.Query.TryGetValue(name, out var values)
            ? values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList()
            : [];

    public bool QueryBool(string name) => bool.TryParse(Query(name), out var value) && value;
}
