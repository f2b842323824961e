using System.Globalization;
using System.Text;
using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Auth;
using CrmSync.Sandbox.Salesforce.Faults;
using CrmSync.Sandbox.Salesforce.Inspection;
using Microsoft.AspNetCore.Http;

namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>
/// The path of every request: the token endpoint and version list first; then authenticate (401), the long-request
/// gate and the daily allocation (403), latency and faults, the handler under the store lock; then the
/// Sforce-Limit-Info header, stats, the request log and the answer.
/// </summary>
internal sealed class SalesforceRequestHandler(SalesforceOrgState org)
{
    private const string Unmatched = "* (unmatched)";

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var body = await ReadBodyAsync(request, http.RequestAborted);
        var text = body.Length > 0 ? Encoding.UTF8.GetString(body) : null;
        var path = request.Path.Value ?? "";
        var baseUrl = $"{request.Scheme}://{request.Host}";
        var (routeKey, response, logBody, truncated) = path switch
        {
            _ when string.Equals(path, TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(request.Method) =>
                ("POST " + TokenEndpoint.Path, TokenEndpoint.Handle(org, text ?? "", baseUrl), text is null ? null : TokenEndpoint.Redact(text), false),
            "/services/data" or "/services/data/" => ("GET /services/data", Versions(), text, false),
            InspectionEndpoint.Path => ("GET " + InspectionEndpoint.Path, InspectionEndpoint.Get(org), text, false),
            _ => await DataAsync(http, path, text, baseUrl),
        };

        org.Stats.Record(routeKey, response.Status, truncated);
        org.Log.Add(org.Options.TimeProvider.GetUtcNow(), request.Method, path + request.QueryString, routeKey, response.Status, logBody);
        await WriteAsync(http.Response, response, http.RequestAborted);
    }

    private async Task<(string, SalesforceResponse, string?, bool)> DataAsync(HttpContext http, string path, string? text, string baseUrl)
    {
        var request = http.Request;
        var store = org.Store;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var route = SalesforceRouter.TrySplit(path, out var version, out var segments) ? org.Router.Match(request.Method, segments, out values) : null;
        var key = route?.Key ?? Unmatched;
        if (!Authenticated(request))
        {
            return (key, SalesforceJson.Error(401, "INVALID_SESSION_ID", "Session expired or invalid"), text, false);
        }

        if (org.Gate.TryEnter(store.NowMs) is not { } ticket)
        {
            return (key, LimitHeader(SalesforceJson.Error(403, "REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded.")), text, false);
        }

        try
        {
            if (!org.Usage.TryAdmit(store.NowMs, out _))
            {
                return (key, LimitHeader(SalesforceJson.Error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")), text, false);
            }

            var options = org.Options;
            if (options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(options.Latency, options.TimeProvider, http.RequestAborted);
            }

            var fault = org.Faults.Next(path);
            if (fault == SalesforceFault.SlowResponse && options.SlowResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.SlowResponseDelay, options.TimeProvider, http.RequestAborted);
            }

            var response = fault is { } f && TransportFaults.Answer(f) is { } faulted ? faulted
                : route is null ? SalesforceJson.NotFound()
                : Run(route, text, body => new SalesforceCall(org, request.Method.ToUpperInvariant(), path + request.QueryString, version, values, body, h => Header(request, h), baseUrl));
            var truncated = fault == SalesforceFault.TruncatedJson && route?.IsRead == true && response.Status == 200;
            return (key, LimitHeader(truncated ? TransportFaults.Truncate(response) : response), text, truncated);
        }
        finally
        {
            org.Gate.Exit(ticket);
        }
    }

    private SalesforceResponse Run(SalesforceRoute route, string? text, Func<JsonElement?, SalesforceCall> callWith)
    {
        JsonDocument? document;
        try
        {
            document = text is null ? null : JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            return SalesforceJson.Error(400, "JSON_PARSER_ERROR", $"Unexpected character at [line:{(error.LineNumber ?? 0) + 1}, column:{(error.BytePositionInLine ?? 0) + 1}]: {error.Message}");
        }

        using (document)
        {
            var call = callWith(document?.RootElement);
            lock (org.Store.Sync)
            {
                return org.Execute(route, call);
            }
        }
    }

    private bool Authenticated(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !(header[..space].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header[..space].Equals("OAuth", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return org.Tokens.IsValid(header[(space + 1)..].Trim(), org.Store.NowMs);
    }

    private SalesforceResponse LimitHeader(SalesforceResponse response) => response with
    {
        Headers = [.. response.Headers, new("Sforce-Limit-Info", $"api-usage={org.ApiUsage.ToString(CultureInfo.InvariantCulture)}/{org.Usage.Max.ToString(CultureInfo.InvariantCulture)}")],
    };

    private SalesforceResponse Versions()
    {
        var latest = int.Parse(org.Options.ApiVersion.Split('.')[0], CultureInfo.InvariantCulture);
        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartArray();
            for (var v = 55; v <= latest; v++)
            {
                w.WriteStartObject();
                w.WriteString("label", $"API {v}.0");
                w.WriteString("url", $"/services/data/v{v}.0");
                w.WriteString("version", $"{v}.0");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static string? Header(HttpRequest request, string name) => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpResponse http, SalesforceResponse response, CancellationToken cancellationToken)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        if (response.ContentType is not null)
        {
            http.ContentType = response.ContentType;
        }

        if (response.Body.Length > 0)
        {
            http.ContentLength = response.Body.Length;
            await http.Body.WriteAsync(response.Body, cancellationToken);
        }
    }
}
