using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Dashboard.AlertBudget;
using CrmSync.Worker.Dashboard.Health;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// The page's connector health and alert budget as JSON, behind the dashboard's access rule (every <c>/api</c> path):
/// <c>GET /api/connectors/health</c> (every configured connector) and <c>GET /api/connectors/{name}/alert-budget</c>.
/// </summary>
public static class ConnectorStatusEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static WebApplication MapConnectorStatus(this WebApplication app)
    {
        var group = app.MapGroup("/api/connectors").AddEndpointFilter(Hosting.DashboardAccess.Filter);
        group.MapGet("/health", async (ConnectorHealthReader reader, CancellationToken ct) =>
            Results.Json(await reader.ReadAllAsync(ct), Json));
        group.MapGet("/{name}/alert-budget", async (string name, ConnectorSettingsProvider connectors, AlertBudgetReader reader, CancellationToken ct) =>
            connectors.Names.Contains(name, StringComparer.Ordinal)
                ? Results.Json(await reader.ReadAsync(name, ct), Json)
                : Results.NotFound(new { error = $"connector '{name}' is not configured under CrmSync:Connectors (configured: {string.Join(", ", connectors.Names)})" }));
        return app;
    }
}
