using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Offline;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Metrics;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// The page's data for tests: each connector's input read from a CSV folder through the offline reader (the one
/// <c>crmsync metrics --input</c> uses), real rows rather than a stub. Unknown connectors throw as the interface says.
/// </summary>
internal sealed class CsvFolderMetricsInputs(IReadOnlyDictionary<string, string> folders, MetricsOptions options) : IConnectorMetricsInputs
{
    public int Loads { get; private set; }

    public Task<MetricsInput> LoadAsync(string connectorName, CancellationToken cancellationToken)
    {
        if (!folders.TryGetValue(connectorName, out var folder))
            throw new ArgumentException($"No connector '{connectorName}' (configured: {string.Join(", ", folders.Keys)}).", nameof(connectorName));
        Loads++;
        return Task.FromResult(MetricsCsvReader.Read(MetricsFolder.Open(folder), options));
    }
}
