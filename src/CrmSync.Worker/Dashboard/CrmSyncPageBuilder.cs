using System.Text;
using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// The body of the CrmSync page: the query's problems, then per configured connector every
/// <see cref="ICrmSyncPageSection"/> in order. A section that throws shows a one-line error in its place.
/// </summary>
public sealed partial class CrmSyncPageBuilder(
    IEnumerable<ICrmSyncPageSection> sections, ConnectorSettingsProvider connectors, TimeProvider time, ILogger<CrmSyncPageBuilder> logger)
{
    private readonly IReadOnlyList<ICrmSyncPageSection> _sections = sections.OrderBy(s => s.Order).ToList();

    public async Task<string> BuildAsync(Func<string, string?> query, IServiceProvider services, CancellationToken ct)
    {
        var page = CrmSyncPageQuery.Parse(query, time.GetUtcNow().UtcDateTime);
        var html = new StringBuilder("<div class=\"crmsync-page\">");
        html.Append("<h1 class=\"page-header\">CrmSync</h1>");
        html.Append(PageHtml.Note($"Period {page.Period.Label} as of {page.AsOf:yyyy-MM-dd HH:mm} UTC; trends over {page.Months.Count} months "
            + $"({page.Months[0].Label} to {page.Months[^1].Label}). Query: asOf, period or from/to, months."));
        foreach (var problem in page.Problems)
            html.Append("<div class=\"alert alert-warning\">").Append(PageHtml.Encode(problem)).Append("</div>");
        var names = connectors.Names;
        if (names.Count == 0)
            html.Append(PageHtml.Note("No connector is configured (CrmSync:Connectors)."));
        foreach (var name in names)
        {
            var connector = new ConnectorPageContext(name, page, services, ct);
            html.Append("<section class=\"crmsync-connector\" data-connector=\"").Append(PageHtml.Encode(name)).Append("\">");
            html.Append("<h2>").Append(PageHtml.Encode(name)).Append("</h2>");
            foreach (var section in _sections)
            {
                html.Append("<div class=\"crmsync-section\"><h3>").Append(PageHtml.Encode(section.Title)).Append("</h3>");
                html.Append(await RenderAsync(section, connector, ct)).Append("</div>");
            }

            html.Append("</section>");
        }

        return html.Append("</div>").ToString();
    }

    private async Task<string> RenderAsync(ICrmSyncPageSection section, ConnectorPageContext connector, CancellationToken ct)
    {
        try
        {
            return await section.RenderAsync(connector, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSectionFailed(logger, e, section.Title, connector.Name);
            return $"<div class=\"alert alert-danger\">{PageHtml.Encode($"This section failed: {e.Message}")}</div>";
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CrmSync page: section '{Section}' failed for connector {Connector}")]
    private static partial void LogSectionFailed(ILogger logger, Exception e, string section, string connector);
}
