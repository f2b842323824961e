using CrmSync.Worker.Configuration;
using CrmSync.Worker.Dashboard;
using CrmSync.Worker.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// The page's sections outside a host: the container they get in the worker (the metrics loader, the settings of
/// crmsync.json) with the worked example behind connector <see cref="Connector"/>, or no metrics reader at all.
/// </summary>
internal sealed class PageSections : IDisposable
{
    public const string Connector = "sandbox";

    private readonly ServiceProvider _services;

    public PageSections(bool withInputs = true)
    {
        var configuration = WorkedExampleFolder.Configuration();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddOptions<CrmSyncOptions>().Bind(configuration.GetSection(CrmSyncOptions.Section));
        services.AddSingleton<ConnectorMetricsLoader>();
        Inputs = new CsvFolderMetricsInputs(new Dictionary<string, string> { [Connector] = WorkedExampleFolder.Folder }, WorkedExampleFolder.Options());
        if (withInputs)
            services.AddSingleton<IConnectorMetricsInputs>(Inputs);
        _services = services.BuildServiceProvider();
    }

    public CsvFolderMetricsInputs Inputs { get; }

    /// <summary>A section's HTML for the page's query string (e.g. <c>asOf=2025-04-01&amp;period=2025-Q1</c>).</summary>
    public Task<string> RenderAsync(ICrmSyncPageSection section, string query, string connector = Connector) =>
        section.RenderAsync(Context(query, connector), TestContext.Current.CancellationToken);

    /// <summary>One connector on one request of the page, as the page builder makes it.</summary>
    public ConnectorPageContext Context(string query, string connector = Connector)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var page = CrmSyncPageQuery.Parse(name => values.GetValueOrDefault(name), DateTime.UtcNow);
        Assert.Empty(page.Problems);
        return new ConnectorPageContext(connector, page, _services, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _services.Dispose();
}
