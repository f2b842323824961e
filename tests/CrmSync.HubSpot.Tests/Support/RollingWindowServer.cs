using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>
/// A contacts list endpoint that enforces exactly <c>ceiling</c> requests per rolling <c>window</c> (by arrival) and
/// answers 429 TEN_SECONDLY_ROLLING without Retry-After beyond it, with HubSpot's rate-limit headers on every answer.
/// Each page holds one contact; <c>pages</c> pages in all.
/// </summary>
internal sealed class RollingWindowServer(int ceiling, TimeSpan window, int pages)
{
    private readonly Lock _gate = new();
    private readonly Queue<TimeSpan> _accepted = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public List<TimeSpan> Arrivals { get; } = [];

    public int Rejected { get; private set; }

    public IResponseMessage Handle(IRequestMessage request)
    {
        int remaining;
        lock (_gate)
        {
            var now = _clock.Elapsed;
            while (_accepted.Count > 0 && _accepted.Peek() <= now - window)
                _accepted.Dequeue();
            if (_accepted.Count >= ceiling)
            {
                Rejected++;
                return Respond(429, """{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"x","policyName":"TEN_SECONDLY_ROLLING"}""", 0);
            }

            _accepted.Enqueue(now);
            Arrivals.Add(now);
            remaining = ceiling - _accepted.Count;
        }

        var page = request.Query is { } q && q.TryGetValue("after", out var after) ? int.Parse(after[0], CultureInfo.InvariantCulture) : 1;
        var archived = request.Query?.ContainsKey("archived") == true;
        var contact = new { id = page.ToString(CultureInfo.InvariantCulture), properties = new { }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T09:12:44.120Z", archived };
        object body = archived || page >= pages
            ? new { results = new[] { contact } }
            : new { results = new[] { contact }, paging = new { next = new { after = (page + 1).ToString(CultureInfo.InvariantCulture) } } };
        return Respond(200, JsonSerializer.Serialize(body), remaining);
    }

    private IResponseMessage Respond(int status, string body, int remaining) => new ResponseMessage
    {
        StatusCode = status,
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
        Headers = new Dictionary<string, WireMockList<string>>
        {
            ["Content-Type"] = new("application/json"),
            ["X-HubSpot-RateLimit-Max"] = new(ceiling.ToString(CultureInfo.InvariantCulture)),
            ["X-HubSpot-RateLimit-Remaining"] = new(remaining.ToString(CultureInfo.InvariantCulture)),
            ["X-HubSpot-RateLimit-Interval-Milliseconds"] = new(((int)window.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)),
        },
    };
}
