using CrmSync.Worker.Dashboard;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>A section another feature would add: it writes the connector's name, or throws <see cref="Failure"/>.</summary>
internal sealed class ProbeSection(int order, string title, string? failure = null) : ICrmSyncPageSection
{
    public int Order => order;

    public string Title => title;

    public string? Failure => failure;

    public Task<string> RenderAsync(ConnectorPageContext connector, CancellationToken cancellationToken) =>
        failure is null
            ? Task.FromResult($"<p class=\"probe\">{PageHtml.Encode(connector.Name)}</p>")
            : throw new InvalidOperationException(failure);
}
