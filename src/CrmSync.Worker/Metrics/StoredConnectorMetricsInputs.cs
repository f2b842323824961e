using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Records;
using CrmSync.Core.Records;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Metrics;

/// <summary>
/// <see cref="IConnectorMetricsInputs"/> over the record store: the connector's live deals, contacts, leads and
/// companies and its deal pipelines, turned into the engine's input by <see cref="RecordMetricsInput"/> with the
/// connector's own metrics options (<c>CrmSync:Connectors:{name}:Metrics</c>).
/// </summary>
public sealed class StoredConnectorMetricsInputs(IRecordStore store, ConnectorDocuments documents, ConnectorSettingsProvider connectors)
    : IConnectorMetricsInputs
{
    private static readonly string[] ObjectTypes = [CrmObjectTypes.Deals, CrmObjectTypes.Contacts, CrmObjectTypes.Leads, CrmObjectTypes.Companies];

    public async Task<MetricsInput> LoadAsync(string connectorName, CancellationToken cancellationToken) =>
        (await LoadWithOptionsAsync(connectorName, cancellationToken)).Input;

    /// <summary>The input and the options it was built with (the engine needs both).</summary>
    /// <exception cref="MetricsInputException">Unknown connector (the configured ones are named) or unreadable records.</exception>
    public async Task<(MetricsInput Input, MetricsOptions Options)> LoadWithOptionsAsync(string connectorName, CancellationToken cancellationToken)
    {
        var options = OptionsOf(connectorName);
        var settings = connectors.Get(connectorName);
        var records = new Dictionary<string, IReadOnlyList<CrmRecord>>(StringComparer.Ordinal);
        foreach (var objectType in ObjectTypes.Where(settings.ObjectTypes.Contains))
        {
            var list = new List<CrmRecord>();
            await foreach (var record in store.ReadRecordsAsync(connectorName, objectType, includeArchived: false, cancellationToken))
                list.Add(record);
            records[objectType] = list;
        }

        var pipelines = await documents.GetPipelinesAsync(connectorName, CrmObjectTypes.Deals, cancellationToken);
        var input = RecordMetricsInput.Build(
            type => records.TryGetValue(type, out var list) ? list : [], pipelines, options, MetricsAnalyzer.SettingsPath(connectorName), DateTime.UtcNow);
        return (input, options);
    }

    /// <summary>The metrics of <paramref name="period"/> as of <paramref name="asOf"/> on the connector's stored data (CLI and HTTP).</summary>
    /// <exception cref="MetricsInputException">Unknown connector, unreadable records or an unknown <paramref name="by"/>.</exception>
    public async Task<(MetricsReport Report, MetricsOptions Options)> ComputeAsync(
        string connectorName, MetricsPeriod period, DateTime asOf, string? by, CancellationToken cancellationToken)
    {
        var (input, options) = await LoadWithOptionsAsync(connectorName, cancellationToken);
        return (new MetricsEngine(input, options, asOf).Compute(period, by), options);
    }

    /// <summary>The connector's validated metrics options.</summary>
    /// <exception cref="MetricsInputException">No such connector, or its configuration has problems.</exception>
    public MetricsOptions OptionsOf(string connectorName)
    {
        if (!connectors.Names.Contains(connectorName, StringComparer.Ordinal))
        {
            var names = connectors.Names.Count == 0 ? "none is configured" : $"configured: {string.Join(", ", connectors.Names)}";
            throw new MetricsInputException($"connector '{connectorName}' is not configured under CrmSync:Connectors ({names}).");
        }

        var problems = new List<ConfigurationProblem>();
        var settings = connectors.TryGet(connectorName, problems)
            ?? throw new MetricsInputException($"connector '{connectorName}': {string.Join("; ", problems)}");
        return settings.Analyzers.Select(a => a.Options).OfType<MetricsOptions>().FirstOrDefault() ?? new MetricsOptions();
    }
}
