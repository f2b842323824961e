using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrmSync.Sandbox.Faults;
using Microsoft.AspNetCore.Http;

namespace CrmSync.Sandbox.Http;

/// <summary>
/// The path of every request: authenticate, rate-limit, add latency, inject faults, run the handler under the
/// store lock, then count, log and write the answer.
/// </summary>
internal sealed class SandboxRequestHandler(SandboxState state)
{
    private readonly byte[] expectedToken = Encoding.UTF8.GetBytes(state.Options.AccessToken);

    public async Task HandleAsync(HttpContext http, SandboxRoute route)
    {
        var options = state.Options;
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        var headers = new List<KeyValuePair<string, string>>();
        var truncated = false;
        (CommitFault Fault, TimeSpan Delay)? afterCommit = null;
        SandboxResponse response;
        if (Authenticate(http.Request, out var token) is { } unauthorized)
        {
            response = unauthorized;
        }
        else
        {
            var decision = state.Gate.Admit(token, route.Kind == RouteKind.Search);
            headers.AddRange(decision.Headers);
            if (decision.Rejection is { } rejection)
            {
                response = rejection;
            }
            else
            {
                if (options.Latency > TimeSpan.Zero)
                {
                    await Task.Delay(options.Latency, options.TimeProvider, http.RequestAborted);
                }

                var (fault, number) = state.Faults.Next();
                response = fault == FaultKind.ServerError ? state.Faults.ServerError(number) : Execute(http, route, body);
                if (fault == FaultKind.Malformed && route.Kind != RouteKind.Write && response.Status == 200)
                {
                    response = FaultInjector.Truncate(response);
                    truncated = true;
                }

                if (route.Kind == RouteKind.Write && response.Status is >= 200 and < 300)
                {
                    afterCommit = state.CommitFaults.Take(http.Request.Method, http.Request.Path);
                }
            }
        }

        state.Stats.Record(route.Key, response.Status, truncated);
        state.Log.Add(
            options.TimeProvider.GetUtcNow(),
            http.Request.Method,
            http.Request.Path + http.Request.QueryString,
            route.Key,
            response.Status,
            body.Length > 0 ? Encoding.UTF8.GetString(body) : null);
        if (afterCommit is { } committed)
        {
            await AfterCommitAsync(http, response, headers, committed.Fault, committed.Delay);
            return;
        }

        await WriteAsync(http.Response, response, headers, http.RequestAborted);
    }

    /// <summary>The write was applied and logged with its real status; the client gets the fault instead.</summary>
    private async Task AfterCommitAsync(HttpContext http, SandboxResponse response, List<KeyValuePair<string, string>> headers, CommitFault fault, TimeSpan delay)
    {
        switch (fault)
        {
            case CommitFault.DropConnection:
                http.Abort();
                return;
            case CommitFault.ServerError:
                response = ErrorResponses.Error(500, "INTERNAL_ERROR", "internal error");
                break;
            case CommitFault.MalformedBody:
                response = FaultInjector.Truncate(response);
                break;
            default:
                try
                {
                    await Task.Delay(delay, state.Options.TimeProvider, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                break;
        }

        await WriteAsync(http.Response, response, headers, http.RequestAborted);
    }

    private SandboxResponse Execute(HttpContext http, SandboxRoute route, byte[] body)
    {
        JsonDocument? document = null;
        try
        {
            if (body.Length > 0)
            {
                document = JsonDocument.Parse(body);
            }
        }
        catch (JsonException error)
        {
            return ErrorResponses.Validation($"Invalid input JSON on line {(error.LineNumber ?? 0) + 1}, position {error.BytePositionInLine ?? 0}: {error.Message}");
        }

        using (document)
        {
            var call = new SandboxCall(http, document?.RootElement, state.Store);
            lock (state.Store.Sync)
            {
                try
                {
                    return route.Handler(call);
                }
                catch (Exception error) when (error is InvalidOperationException or FormatException or ArgumentException)
                {
                    // A body of the wrong shape (a number where an object belongs) surfaces here: answer it like HubSpot would.
                    return ErrorResponses.Validation($"Invalid input: {error.Message}");
                }
                catch (Exception error)
                {
                    return ErrorResponses.Error(500, "INTERNAL_ERROR", $"Sandbox handler failed on {route.Key}: {error.GetType().Name}: {error.Message}");
                }
            }
        }
    }

    private SandboxResponse? Authenticate(HttpRequest request, out string token)
    {
        token = "";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return ErrorResponses.Unauthorized(tokenPresent: false);
        }

        token = header[7..].Trim();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), expectedToken)
            ? null
            : ErrorResponses.Unauthorized(tokenPresent: true);
    }

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

    private static async Task WriteAsync(HttpResponse http, SandboxResponse response, List<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in headers)
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
