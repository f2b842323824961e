using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Composite;

/// <summary>Runs composite subrequests one by one, keeping each answer for later @{ref} substitution.</summary>
internal sealed class SubrequestRunner(SalesforceCall parent)
{
    private readonly Dictionary<string, JsonElement> bodies = new(StringComparer.Ordinal);
    private readonly HashSet<string> failed = new(StringComparer.Ordinal);

    public SubrequestResult Run(JsonElement subrequest)
    {
        var referenceId = CompositeEndpoint.Text(subrequest, "referenceId")!;
        var result = new SubrequestResult(referenceId, Execute(subrequest));
        if (result.Failed)
        {
            failed.Add(referenceId);
        }
        else if (result.Response.Body.Length > 0 && result.Response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            bodies[referenceId] = JsonDocument.Parse(result.Response.Body).RootElement.Clone();
        }

        return result;
    }

    private SalesforceResponse Execute(JsonElement subrequest)
    {
        var method = CompositeEndpoint.Text(subrequest, "method") ?? "GET";
        var url = CompositeEndpoint.Text(subrequest, "url") ?? "";
        var body = subrequest.TryGetProperty("body", out var given) ? given : (JsonElement?)null;
        var referenced = CompositeReference.Names(url).Concat(body is { } b ? CompositeReference.Names(b.GetRawText()) : []).ToList();
        if (referenced.FirstOrDefault(failed.Contains) is { } failedReference)
        {
            return Halted($"Processing halted: subrequest '{failedReference}', which this one references, failed.");
        }

        if (!CompositeReference.TryReplace(url, bodies, out var resolvedUrl, out var missing))
        {
            return Halted($"Invalid reference specified. No value for {missing} found in {missing.Split('.', '[')[0]}.");
        }

        JsonElement? resolvedBody = null;
        if (body is { } raw)
        {
            var substituted = Substitute(raw, out missing);
            if (missing.Length > 0)
            {
                return Halted($"Invalid reference specified. No value for {missing} found in {missing.Split('.', '[')[0]}.");
            }

            resolvedBody = substituted;
        }

        var q = resolvedUrl.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? resolvedUrl : resolvedUrl[..q];
        if (!Http.SalesforceRouter.TrySplit(path, out var version, out var segments)
            || parent.Org.Router.Match(method, segments, out var values) is not { } route || route.Template == "composite")
        {
            return SalesforceJson.Error(404, "NOT_FOUND", $"The requested resource does not exist: {method} {path}");
        }

        var headers = subrequest.TryGetProperty("httpHeaders", out var h) && h.ValueKind == JsonValueKind.Object
            ? h.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var call = new SalesforceCall(parent.Org, method.ToUpperInvariant(), resolvedUrl, version, values, resolvedBody,
            name => headers.TryGetValue(name, out var value) ? value : parent.Header(name), parent.BaseUrl);
        return parent.Org.Execute(route, call);
    }

    private JsonElement Substitute(JsonElement element, out string missing)
    {
        var problem = "";
        object? Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    return e.EnumerateObject().ToDictionary(p => p.Name, p => Walk(p.Value));
                case JsonValueKind.Array:
                    return e.EnumerateArray().Select(Walk).ToList();
                case JsonValueKind.String:
                    var text = e.GetString()!;
                    if (CompositeReference.WholeValue(text, bodies) is { } whole)
                    {
                        return whole;
                    }

                    if (!CompositeReference.TryReplace(text, bodies, out var replaced, out var failedExpression))
                    {
                        problem = failedExpression;
                    }

                    return replaced;
                default:
                    return e;
            }
        }

        var result = JsonSerializer.SerializeToElement(Walk(element));
        missing = problem;
        return result;
    }

    private static SalesforceResponse Halted(string message) => SalesforceJson.Error(400, "PROCESSING_HALTED", message);
}
