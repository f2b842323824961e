using CrmSync.Storage;

namespace CrmSync.Worker.Hosting;

public static class RunHistoryEndpoints
{
    /// <summary>Run history as JSON: <c>/runs?connector=&amp;limit=</c> and <c>/runs/{id}/errors</c>.</summary>
    public static WebApplication MapRunHistory(this WebApplication app)
    {
        app.MapGet("/runs", (IRecordStore store, string? connector, int? limit, CancellationToken ct) =>
            store.ListRunsAsync(connector, Math.Clamp(limit ?? 50, 1, 500), ct));
        app.MapGet("/runs/{id:long}/errors", (IRecordStore store, long id, CancellationToken ct) =>
            store.GetRunErrorsAsync(id, ct));
        return app;
    }
}
