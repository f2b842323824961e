using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>
/// batch/update as HubSpot answers a batch holding a record it refuses: the whole batch fails with 400
/// VALIDATION_ERROR (optionally naming the ids in context.ids) and nothing is written; a batch without one is a 200
/// whose results echo each input's objectWriteTraceId.
/// </summary>
internal sealed class BatchUpdateFake(IReadOnlySet<string> refused, bool nameIds = false)
{
    public List<IReadOnlyList<string>> Batches { get; } = [];

    public ResponseMessage Handle(IRequestMessage request)
    {
        using var document = JsonDocument.Parse(request.Body!);
        var inputs = document.RootElement.GetProperty("inputs").EnumerateArray()
            .Select(i => (Id: i.GetProperty("id").GetString()!, Trace: i.TryGetProperty("objectWriteTraceId", out var t) ? t.GetString() : null))
            .ToList();
        lock (Batches)
            Batches.Add(inputs.Select(i => i.Id).ToList());

        var bad = inputs.Select(i => i.Id).Where(refused.Contains).ToList();
        if (bad.Count > 0)
        {
            return Json(400, HubSpotBodies.Error("VALIDATION_ERROR", "Property values were not valid: [{\"isValid\":false,\"message\":\"40x is not a valid number\",\"error\":\"INVALID_INTEGER\",\"name\":\"crmsync_health\"}]",
                context: nameIds ? new { ids = bad } : null,
                errors: [new { message = "40x is not a valid number", code = "INVALID_INTEGER", @in = "crmsync_health" }]));
        }

        return Json(200, new
        {
            status = "COMPLETE",
            results = inputs.Select(i => new { id = i.Id, objectWriteTraceId = i.Trace, properties = new { }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T10:00:00.120Z", archived = false }),
            startedAt = "2024-07-01T10:00:00.010Z",
            completedAt = "2024-07-01T10:00:00.130Z",
        });
    }

    private static ResponseMessage Json(int status, object body) => new()
    {
        StatusCode = status,
        BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(body), DetectedBodyType = BodyType.String },
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
    };
}
