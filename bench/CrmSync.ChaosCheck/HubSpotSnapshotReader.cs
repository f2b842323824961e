using System.Net.Http.Headers;
using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>
/// What CrmSync left in a HubSpot sandbox, read through the HubSpot API: every <c>crmsync_*</c> value of every live
/// contact, company and deal, and every live task with its alert key, subject and owner.
/// </summary>
internal static class HubSpotSnapshotReader
{
    private static readonly string[] ObjectTypes = ["contacts", "companies", "deals"];

    public static async Task<CrmSnapshot> ReadAsync(Uri crm)
    {
        using var http = new HttpClient { BaseAddress = crm };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HubSpotSandboxProcess.Token);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in ObjectTypes)
        {
            var names = await ComputedNamesAsync(http, type);
            await foreach (var record in ListAsync(http, type, names))
            {
                foreach (var name in names)
                {
                    if (Property(record, name) is { Length: > 0 } value)
                        values[$"{type}/{record.GetProperty("id").GetString()}/{name}"] = value;
                }
            }
        }

        var tasks = new List<CrmTask>();
        await foreach (var task in ListAsync(http, "tasks", ["crmsync_alert_key", "hs_task_subject", "hubspot_owner_id"]))
        {
            tasks.Add(new CrmTask(task.GetProperty("id").GetString()!, Property(task, "crmsync_alert_key"), Property(task, "hs_task_subject"),
                Property(task, "hubspot_owner_id")));
        }

        return new CrmSnapshot(values, tasks);
    }

    private static async Task<List<string>> ComputedNamesAsync(HttpClient http, string type)
    {
        using var document = JsonDocument.Parse(await GetAsync(http, $"/crm/v3/properties/{type}"));
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()!)
            .Where(n => n.StartsWith("crmsync_", StringComparison.Ordinal))
            .ToList();
    }

    private static async IAsyncEnumerable<JsonElement> ListAsync(HttpClient http, string type, IReadOnlyList<string> properties)
    {
        string? after = null;
        do
        {
            var query = $"/crm/v3/objects/{type}?limit=100&properties={string.Join(',', properties)}{(after is null ? "" : $"&after={after}")}";
            using var document = JsonDocument.Parse(await GetAsync(http, query));
            foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
                yield return result.Clone();
            after = document.RootElement.TryGetProperty("paging", out var paging) ? paging.GetProperty("next").GetProperty("after").GetString() : null;
        }
        while (after is not null);
    }

    /// <summary>A GET that waits out the sandbox's rate limit (the worker may just have used the 10-second budget).</summary>
    private static async Task<string> GetAsync(HttpClient http, string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.GetAsync(path);
            if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests || attempt == 30)
                return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static string? Property(JsonElement record, string name) =>
        record.GetProperty("properties").TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
