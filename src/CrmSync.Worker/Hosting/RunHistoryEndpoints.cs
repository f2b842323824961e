using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSync.Storage;

namespace CrmSync.Worker.Hosting;

public static class RunHistoryEndpoints
{
    // Statuses by name ("Succeeded"), as the dashboard and the store show them, never as a number.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Run history as JSON: <c>/runs?connector=&amp;limit=</c> and <c>/runs/{id}/errors</c>, behind the dashboard's
    /// access rule (<see cref="DashboardAccess"/>).
    /// </summary>
    public static WebApplication MapRunHistory(this WebApplication app)
    {
        var runs = app.MapGroup("/runs").AddEndpointFilter(DashboardAccess.Filter);
        runs.MapGet("", async (IRecordStore store, string? connector, int? limit, CancellationToken ct) =>
            Results.Json(await store.ListRunsAsync(connector, Math.Clamp(limit ?? 50, 1, 500), ct), Json));
        runs.MapGet("/{id:long}/errors", async (IRecordStore store, long id, CancellationToken ct) =>
            Results.Json(await store.GetRunErrorsAsync(id, ct), Json));
        return app;
    }
}
