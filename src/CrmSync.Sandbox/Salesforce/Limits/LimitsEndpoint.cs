using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Limits;

/// <summary>GET /limits: DailyApiRequests from the same counter as the Sforce-Limit-Info header (salesforce-api.md §10.1).</summary>
internal static class LimitsEndpoint
{
    public static SalesforceResponse Get(SalesforceCall call)
    {
        var usage = call.Org.Usage;
        var used = usage.Used(call.Org.Store.NowMs);
        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartObject();
            Limit(w, "DailyApiRequests", usage.Max, usage.Max - used);
            Limit(w, "DailyBulkApiBatches", 15_000, 15_000);
            Limit(w, "DailyBulkV2QueryJobs", 10_000, 10_000);
            Limit(w, "DataStorageMB", 1_024, 1_000);
            w.WriteEndObject();
        });
    }

    private static void Limit(System.Text.Json.Utf8JsonWriter w, string name, long max, long remaining)
    {
        w.WriteStartObject(name);
        w.WriteNumber("Max", max);
        w.WriteNumber("Remaining", Math.Max(0, remaining));
        w.WriteEndObject();
    }
}
