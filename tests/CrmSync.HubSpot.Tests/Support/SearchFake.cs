using System.Globalization;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>
/// A search endpoint over generated records, enforcing HubSpot's rules the connector relies on: AND-ed filters,
/// a single sort, offset <c>after</c>, the 10,000-result cap (a page past it answers 400) and the 3,000-character body
/// limit; and the batch read that follows it, answering the same records (unknown ids as a 207 error).
/// </summary>
internal sealed class SearchFake(string modifiedProperty, IReadOnlyList<(long Id, DateTimeOffset Modified)> records)
{
    public const int ResultCap = 10_000;
    public const int BodyCap = 3_000;

    public List<JsonElement> Requests { get; } = [];

    public List<JsonElement> BatchReads { get; } = [];

    public ResponseMessage Handle(IRequestMessage request)
    {
        if (request.Body!.Length > BodyCap)
            return Json(400, """{"status":"error","category":"VALIDATION_ERROR","message":"The search request body is over 3000 characters","correlationId":"x"}""");
        using var document = JsonDocument.Parse(request.Body!);
        var body = document.RootElement.Clone();
        lock (Requests)
            Requests.Add(body);

        var limit = body.GetProperty("limit").GetInt32();
        var after = int.Parse(body.GetProperty("after").GetString()!, CultureInfo.InvariantCulture);
        if (after + limit > ResultCap)
            return Json(400, """{"status":"error","category":"VALIDATION_ERROR","message":"Cannot page past 10000 results","correlationId":"x"}""");

        var matches = records.Where(r => Matches(body, r)).OrderBy(r => r.Id).ToList();
        var page = matches.Skip(after).Take(limit).ToList();
        var results = page.Select(Wire);
        var more = after + limit < matches.Count;
        object response = more
            ? new { total = matches.Count, results, paging = new { next = new { after = (after + limit).ToString(CultureInfo.InvariantCulture) } } }
            : new { total = matches.Count, results };
        return Json(200, JsonSerializer.Serialize(response));
    }

    public ResponseMessage HandleBatchRead(IRequestMessage request)
    {
        using var document = JsonDocument.Parse(request.Body!);
        var body = document.RootElement.Clone();
        lock (BatchReads)
            BatchReads.Add(body);
        var ids = body.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        var found = records.Where(r => ids.Contains(r.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        var missing = ids.Except(found.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))).ToArray();
        object response = missing.Length == 0
            ? new { status = "COMPLETE", results = found.Select(Wire) }
            : new
            {
                status = "COMPLETE", results = found.Select(Wire), numErrors = 1,
                errors = new[] { new { status = "error", category = "OBJECT_NOT_FOUND", message = "Could not get some objects", context = new { ids = missing } } },
            };
        return Json(missing.Length == 0 ? 200 : 207, JsonSerializer.Serialize(response));
    }

    private object Wire((long Id, DateTimeOffset Modified) r) => new
    {
        id = r.Id.ToString(CultureInfo.InvariantCulture),
        properties = new Dictionary<string, string>
        {
            [modifiedProperty] = r.Modified.ToString("O", CultureInfo.InvariantCulture),
            ["hs_object_id"] = r.Id.ToString(CultureInfo.InvariantCulture),
        },
        createdAt = "2024-01-01T00:00:00.000Z",
        updatedAt = r.Modified.ToString("O", CultureInfo.InvariantCulture),
        archived = false,
    };

    private bool Matches(JsonElement body, (long Id, DateTimeOffset Modified) record)
    {
        foreach (var filter in body.GetProperty("filterGroups")[0].GetProperty("filters").EnumerateArray())
        {
            var property = filter.GetProperty("propertyName").GetString();
            var value = long.Parse(filter.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);
            var actual = property == "hs_object_id" ? record.Id
                : property == modifiedProperty ? record.Modified.ToUnixTimeMilliseconds()
                : throw new InvalidOperationException($"Unexpected filter property {property}");
            var ok = filter.GetProperty("operator").GetString() switch
            {
                "GT" => actual > value,
                "GTE" => actual >= value,
                "LT" => actual < value,
                var op => throw new InvalidOperationException($"Unexpected operator {op}"),
            };
            if (!ok)
                return false;
        }

        return true;
    }

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
    };
}
