using System.Text.Json;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Batch;

/// <summary>BatchResponse(WithErrors): status, results, numErrors and errors only when some inputs failed (then 207).</summary>
internal static class BatchJson
{
    public static SandboxResponse Response(int successStatus, long startedMs, long completedMs, Action<Utf8JsonWriter> writeResults, IReadOnlyList<BatchError> errors) =>
        JsonOut.Response(errors.Count == 0 ? successStatus : 207, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "COMPLETE");
            w.WriteStartArray("results");
            writeResults(w);
            w.WriteEndArray();
            if (errors.Count > 0)
            {
                w.WriteNumber("numErrors", errors.Sum(e => e.ContextValues.Count));
                w.WriteStartArray("errors");
                foreach (var error in errors)
                {
                    w.WriteStartObject();
                    w.WriteString("status", "error");
                    w.WriteString("category", error.Category);
                    w.WriteString("message", error.Message);
                    w.WriteStartObject("context");
                    w.WriteStringArray(error.ContextKey, error.ContextValues);
                    w.WriteEndObject();
                    w.WriteStartArray("errors");
                    w.WriteEndArray();
                    w.WriteEmptyObject("links");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteString("requestedAt", SeedTime.Iso(startedMs));
            w.WriteString("startedAt", SeedTime.Iso(startedMs));
            w.WriteString("completedAt", SeedTime.Iso(completedMs));
            w.WriteEmptyObject("links");
            w.WriteEndObject();
        });
}
