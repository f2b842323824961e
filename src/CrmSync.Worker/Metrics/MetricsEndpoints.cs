using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Output;
using CrmSync.Worker.Hosting;

namespace CrmSync.Worker.Metrics;

public static class MetricsEndpoints
{
    /// <summary>
    /// <c>GET /api/metrics?connector=&amp;period=&amp;by=</c> (or <c>from</c> and <c>to</c>; <c>asOf</c>): the JSON of
    /// <c>crmsync metrics --connector --json</c>, behind the dashboard's access rule (<see cref="DashboardAccess"/>).
    /// A bad argument is 400 with <c>{"error": "..."}</c> naming it.
    /// </summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapGet("/api/metrics", async (StoredConnectorMetricsInputs metrics, string? connector, string? period, string? from, string? to,
            string? asOf, string? by, CancellationToken ct) =>
        {
            try
            {
                if (string.IsNullOrWhiteSpace(connector))
                    throw new MetricsInputException("connector is required (a name under CrmSync:Connectors).");
                var span = MetricsArguments.Period(period, from, to, prefix: "");
                var (report, options) = await metrics.ComputeAsync(connector, span, MetricsArguments.AsOf(asOf, "asOf"), by, ct);
                return Results.Text(MetricsJson.Write(report, options), "application/json");
            }
            catch (MetricsInputException e)
            {
                return Results.Json(new { error = e.Message }, statusCode: StatusCodes.Status400BadRequest);
            }
        }).AddEndpointFilter(DashboardAccess.Filter);
        return app;
    }
}
