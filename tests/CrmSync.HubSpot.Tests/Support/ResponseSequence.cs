using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>
/// Answers the n-th matching request with the n-th step (the last step repeats). Unlike WireMock scenarios, the
/// step advances when the request arrives, so a delayed first answer does not hold back the next attempt's.
/// </summary>
internal sealed class ResponseSequence(params ResponseSequence.Step[] steps)
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public async Task<IResponseMessage> Next(IRequestMessage request)
    {
        var step = steps[Math.Min(Interlocked.Increment(ref _count) - 1, steps.Length - 1)];
        if (step.Delay > TimeSpan.Zero)
            await Task.Delay(step.Delay).ConfigureAwait(false);
        var headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") };
        foreach (var (name, value) in step.Headers ?? [])
            headers[name] = new WireMockList<string>(value);
        return new ResponseMessage
        {
            StatusCode = step.Status,
            BodyData = step.Body is null ? null : new BodyData { BodyAsString = step.Body, DetectedBodyType = BodyType.String },
            Headers = headers,
        };
    }

    public sealed record Step(int Status, string? Body, TimeSpan Delay = default, Dictionary<string, string>? Headers = null)
    {
        public static Step Json(int status, object body, TimeSpan delay = default, Dictionary<string, string>? headers = null) =>
            new(status, JsonSerializer.Serialize(body), delay, headers);
    }
}
