namespace CrmSync.Worker.Dashboard;

/// <summary>
/// One connector on one request of the page: its name, what the page shows (<see cref="Query"/>), the request's
/// services, and its metrics, computed once and shared by every section that asks.
/// </summary>
public sealed class ConnectorPageContext
{
    private readonly Lazy<Task<ConnectorMetrics>> _metrics;

    public ConnectorPageContext(string name, CrmSyncPageQuery query, IServiceProvider services, CancellationToken ct)
    {
        Name = name;
        Query = query;
        Services = services;
        _metrics = new(() => services.GetRequiredService<ConnectorMetricsLoader>().LoadAsync(name, query, ct));
    }

    public string Name { get; }

    public CrmSyncPageQuery Query { get; }

    public IServiceProvider Services { get; }

    public Task<ConnectorMetrics> MetricsAsync() => _metrics.Value;
}
