using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Composite;

/// <summary>
/// POST composite (salesforce-api.md §8.3): up to 25 subrequests (at most 5 queries or collections), run in order
/// through the same router, counted as one API call; @{ref.path} substitution; a subrequest that references a failed
/// one reports PROCESSING_HALTED; with allOrNone the first failure undoes everything and every other subrequest
/// reports ALL_OR_NONE_OPERATION_ROLLED_BACK.
/// </summary>
internal static class CompositeEndpoint
{
    private const int MaxSubrequests = 25;
    private const int MaxQueries = 5;

    public static SalesforceResponse Post(SalesforceCall call)
    {
        if (call.Body is not { ValueKind: JsonValueKind.Object } body || !body.TryGetProperty("compositeRequest", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return SalesforceJson.Error(400, "JSON_PARSER_ERROR", "The request body must be {\"allOrNone\": bool, \"compositeRequest\": [ ... ]}");
        }

        var subrequests = list.EnumerateArray().ToList();
        if (subrequests.Count > MaxSubrequests)
        {
            return SalesforceJson.Error(400, "INVALID_REQUEST", $"Exceeded max size limit of {MaxSubrequests} subrequests");
        }

        if (subrequests.Count(s => Text(s, "url") is { } url && (url.Contains("/query", StringComparison.OrdinalIgnoreCase) || url.Contains("/composite/sobjects", StringComparison.OrdinalIgnoreCase))) > MaxQueries)
        {
            return SalesforceJson.Error(400, "INVALID_REQUEST", $"A composite request can include at most {MaxQueries} query or sObject Collections subrequests");
        }

        var ids = subrequests.Select(s => Text(s, "referenceId")).ToList();
        if (ids.Any(id => id is null || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return SalesforceJson.Error(400, "INVALID_REQUEST", "Every subrequest needs a unique referenceId of letters, digits and underscores");
        }

        var allOrNone = body.TryGetProperty("allOrNone", out var flag) && flag.ValueKind == JsonValueKind.True;
        var runner = new SubrequestRunner(call);
        var results = new List<SubrequestResult>();
        call.Org.Store.Atomically(() =>
        {
            foreach (var subrequest in subrequests)
            {
                var result = runner.Run(subrequest);
                results.Add(result);
                if (allOrNone && result.Failed)
                {
                    return false;
                }
            }

            return true;
        });

        if (allOrNone && results.Any(r => r.Failed))
        {
            var failed = results.First(r => r.Failed);
            results = ids.Select(id => id == failed.ReferenceId ? failed : new SubrequestResult(id!, SalesforceJson.Error(400, "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                "The transaction was rolled back since another operation in the same transaction failed."))).ToList();
        }

        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("compositeResponse");
            foreach (var result in results)
            {
                w.WriteStartObject();
                w.WritePropertyName("body");
                if (result.Response.Body.Length == 0)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteRawValue(result.Response.Body.Span);
                }

                w.WriteStartObject("httpHeaders");
                foreach (var (name, value) in result.Response.Headers)
                {
                    w.WriteString(name, value);
                }

                w.WriteEndObject();
                w.WriteNumber("httpStatusCode", result.Response.Status);
                w.WriteString("referenceId", result.ReferenceId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
