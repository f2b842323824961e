using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Faults;

/// <summary>
/// Picks faults from (Seed, n) where n counts admitted requests, so a sequential client meets the same faults on
/// every run. 5xx faults answer before the handler runs (nothing changes); malformed answers are real reads cut short.
/// </summary>
internal sealed class FaultInjector(SandboxOptions options)
{
    private static readonly int[] ServerStatuses = [500, 502, 503, 504];
    private readonly DeterministicHash hash = new(options.Seed, SeedStreams.Faults);
    private long admitted;

    public (FaultKind Kind, long Number) Next()
    {
        var n = Interlocked.Increment(ref admitted);
        var roll = hash.Unit(n, 1);
        var kind = roll < options.FaultRate ? FaultKind.ServerError
            : roll < options.FaultRate + options.MalformedRate ? FaultKind.Malformed
            : FaultKind.None;
        return (kind, n);
    }

    public SandboxResponse ServerError(long number) => ServerStatuses[hash.Below(number, 2, ServerStatuses.Length)] switch
    {
        500 => ErrorResponses.Error(500, "INTERNAL_ERROR", "internal error"),
        502 => SandboxResponse.Text(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"),
        503 => ErrorResponses.Error(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable."),
        _ => new SandboxResponse(504, ReadOnlyMemory<byte>.Empty, null),
    };

    /// <summary>Keeps the status and headers, cuts the JSON in the middle.</summary>
    public static SandboxResponse Truncate(SandboxResponse response) =>
        response with { Body = response.Body[..Math.Max(1, response.Body.Length / 2)] };
}
