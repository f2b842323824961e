using System.Net.Http.Headers;
using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>
/// What CrmSync left in a fake Salesforce org, read as any REST client would (client credentials, SOQL paged with
/// nextRecordsUrl): every <c>CrmSync_*__c</c> value of every live Contact, Lead, Account and Opportunity, and every
/// live Task with its <c>CrmSync_Alert_Key__c</c>, Subject and OwnerId.
/// </summary>
internal static class SalesforceSnapshotReader
{
    private const string Data = $"/services/data/v{SalesforceOrgProcess.ApiVersion}";
    private const string AlertKey = "CrmSync_Alert_Key__c";
    private static readonly string[] Objects = ["Contact", "Lead", "Account", "Opportunity"];

    public static async Task<CrmSnapshot> ReadAsync(Uri org)
    {
        using var http = new HttpClient { BaseAddress = org };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sObject in Objects)
        {
            var fields = await ComputedFieldsAsync(http, sObject);
            await foreach (var record in QueryAsync(http, $"SELECT Id, {string.Join(", ", fields)} FROM {sObject}"))
            {
                foreach (var field in fields)
                {
                    if (Text(record, field) is { Length: > 0 } value)
                        values[$"{sObject}/{record.GetProperty("Id").GetString()}/{field}"] = value;
                }
            }
        }

        var tasks = new List<CrmTask>();
        await foreach (var task in QueryAsync(http, $"SELECT Id, {AlertKey}, Subject, OwnerId FROM Task"))
            tasks.Add(new CrmTask(task.GetProperty("Id").GetString()!, Text(task, AlertKey), Text(task, "Subject"), Text(task, "OwnerId")));
        return new CrmSnapshot(values, tasks);
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SalesforceOrgProcess.ClientId,
            ["client_secret"] = SalesforceOrgProcess.ClientSecret,
        });
        using var response = await http.PostAsync("/services/oauth2/token", form);
        using var document = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<List<string>> ComputedFieldsAsync(HttpClient http, string sObject)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync($"{Data}/sobjects/{sObject}/describe"));
        return document.RootElement.GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!)
            .Where(n => n.StartsWith("CrmSync_", StringComparison.Ordinal) && n != AlertKey)
            .ToList();
    }

    private static async IAsyncEnumerable<JsonElement> QueryAsync(HttpClient http, string soql)
    {
        string? next = $"{Data}/query?q={Uri.EscapeDataString(soql)}";
        while (next is not null)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(next));
            foreach (var record in document.RootElement.GetProperty("records").EnumerateArray())
                yield return record.Clone();
            next = document.RootElement.GetProperty("done").GetBoolean() ? null : document.RootElement.GetProperty("nextRecordsUrl").GetString();
        }
    }

    /// <summary>A field as text: strings as they are, numbers as their JSON text, booleans true/false; null for no value.</summary>
    private static string? Text(JsonElement record, string field) =>
        !record.TryGetProperty(field, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
}
