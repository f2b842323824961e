using CrmSync.Core.Metrics.Input;

namespace CrmSync.Worker.Metrics;

/// <summary>
/// Builds the metrics engine's input for one configured connector from what the record store holds (deals with their
/// stage history, contacts with their lifecycle history, the per-customer MRR series from the connector's configured
/// money source). The CLI (<c>crmsync metrics --connector</c>), <c>GET /api/metrics</c>, the metrics analyzer and the
/// dashboard's CrmSync page all read through this one seam.
/// </summary>
public interface IConnectorMetricsInputs
{
    /// <summary>Loads the input for <paramref name="connectorName"/>; unknown names throw with the configured names.</summary>
    Task<MetricsInput> LoadAsync(string connectorName, CancellationToken cancellationToken);
}
