using System.Globalization;
using CrmSync.Storage;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>The connector's last runs from the store's run history, newest first, with their status and counts.</summary>
public sealed class LastRunsSection(IRecordStore store) : ICrmSyncPageSection
{
    public const int Limit = 10;

    public int Order => 900;

    public string Title => "Last runs";

    public async Task<string> RenderAsync(ConnectorPageContext connector, CancellationToken cancellationToken)
    {
        var runs = await store.ListRunsAsync(connector.Name, Limit, cancellationToken);
        if (runs.Count == 0)
            return PageHtml.Note("No run yet.");
        return PageHtml.Table(["Run", "Job", "Started (UTC)", "Duration", "Status", "Errors", "Counts", "Message"],
            runs.Select(r => (IReadOnlyList<string>)
            [
                r.Id.ToString(CultureInfo.InvariantCulture),
                r.DryRun ? $"{r.Job} (dry run)" : r.Job,
                r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                r.FinishedAt is { } end ? $"{(end - r.StartedAt).TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s" : "running",
                Status(r.Status),
                r.ErrorCount.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", r.Counts.Select(c => $"{c.Key} {c.Value.ToString("#,0", CultureInfo.InvariantCulture)}")),
                r.Message ?? "",
            ]), 4);
    }

    private static string Status(RunStatus status)
    {
        var style = status switch
        {
            RunStatus.Succeeded => "success",
            RunStatus.Running => "info",
            RunStatus.PartiallyFailed or RunStatus.BudgetExhausted or RunStatus.Skipped => "warning",
            RunStatus.Failed or RunStatus.Abandoned => "danger",
            _ => "default",
        };
        return $"<span class=\"label label-{style} crmsync-run-status\">{status}</span>";
    }
}
