using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Metrics;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// Computes what the page charts for one connector: its input through <see cref="IConnectorMetricsInputs"/>, its
/// metric settings (<c>CrmSync:Connectors:{name}:Metrics</c>, else <c>CrmSync:Metrics</c>), one engine as of the
/// page's time, the page's period and each trend month. Anything missing becomes a reason the page shows.
/// </summary>
public sealed class ConnectorMetricsLoader(IServiceProvider services, IConfiguration configuration, IOptions<CrmSyncOptions> global)
{
    public const string NoInputs = "Metrics are not available: no reader of the stored data (IConnectorMetricsInputs) is registered in this build.";

    public async Task<ConnectorMetrics> LoadAsync(string connector, CrmSyncPageQuery query, CancellationToken ct)
    {
        if (services.GetService<IConnectorMetricsInputs>() is not { } inputs)
            return ConnectorMetrics.Missing(NoInputs);
        var (options, path) = Options(connector);
        var problems = options.Validate(path);
        if (problems.Count > 0)
            return ConnectorMetrics.Missing($"Metrics settings are invalid: {string.Join("; ", problems)}");
        try
        {
            var input = await inputs.LoadAsync(connector, ct);
            var engine = new MetricsEngine(input, options, query.AsOf);
            return ConnectorMetrics.Of(options, engine.Compute(query.Period), query.Months.Select(m => engine.Compute(m)).ToList());
        }
        catch (Exception e) when (e is MetricsInputException or ArgumentException)
        {
            return ConnectorMetrics.Missing($"Metrics are not available for '{connector}': {e.Message}");
        }
    }

    private (MetricsOptions Options, string Path) Options(string connector)
    {
        var section = configuration.GetSection($"{ConnectorOptions.Section}:{connector}:{MetricsOptions.SectionName}");
        return section.Exists()
            ? (section.Get<MetricsOptions>() ?? new MetricsOptions(), section.Path)
            : (global.Value.Metrics, $"{CrmSyncOptions.Section}:{MetricsOptions.SectionName}");
    }
}
