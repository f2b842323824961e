using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>One data request as handlers see it (an HTTP request or a composite subrequest): route and query values, body, headers.</summary>
internal sealed class SalesforceCall
{
    private readonly Dictionary<string, string> routeValues;
    private readonly Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query;
    private readonly Func<string, string?> header;

    public SalesforceCall(SalesforceOrgState org, string method, string pathAndQuery, string version, Dictionary<string, string> routeValues,
        JsonElement? body, Func<string, string?> header, string baseUrl)
    {
        Org = org;
        Method = method;
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        Path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        query = q < 0 ? [] : QueryHelpers.ParseQuery(pathAndQuery[q..]);
        Version = version;
        this.routeValues = routeValues;
        Body = body;
        this.header = header;
        BaseUrl = baseUrl;
    }

    public SalesforceOrgState Org { get; }

    public string Method { get; }

    public string Path { get; }

    /// <summary>"60.0" from /services/data/v60.0/...</summary>
    public string Version { get; }

    public JsonElement? Body { get; }

    /// <summary>scheme://host:port the client used: the instance URL.</summary>
    public string BaseUrl { get; }

    public string DataPath => $"/services/data/v{Version}";

    public string Route(string name) => routeValues.GetValueOrDefault(name) ?? "";

    public string? Query(string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    public string? Header(string name) => header(name);
}
