using System.Globalization;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Dashboard.AlertBudget;
using CrmSync.Worker.Dashboard.Charts;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>
/// The connector's alert budget (issue 13): its settings, then per owner and alert type what the last run created and
/// held back, and what waits now in the budget, as backlog or in digests, with a chart per owner.
/// </summary>
public sealed class AlertBudgetSection(AlertBudgetReader reader, ConnectorSettingsProvider connectors) : ICrmSyncPageSection
{
    public const string Chart = "alert-budget";

    /// <summary>Owners drawn in the chart (the most held first); the table lists them all.</summary>
    public const int ChartOwners = 12;

    public int Order => 800;

    public string Title => "Alert budget: created, waiting, backlog, digests";

    public async Task<string> RenderAsync(ConnectorPageContext connector, CancellationToken cancellationToken)
    {
        var settings = PageHtml.Note(Settings(connectors.Get(connector.Name).Common.Alerts));
        var rows = await reader.ReadAsync(connector.Name, cancellationToken);
        if (rows.Count == 0)
            return settings + PageHtml.Note("No alert yet: nothing created, waiting, held or in a digest.");
        var owners = rows.GroupBy(r => (r.Owner, r.OwnerName))
            .Select(g => (Label: g.Key.OwnerName, Counts: (IReadOnlyList<int>)[g.Sum(r => r.CreatedToday), g.Sum(r => r.Waiting), g.Sum(r => r.Backlog), g.Sum(r => r.InDigest)]))
            .OrderByDescending(o => o.Counts.Sum()).ThenBy(o => o.Label, StringComparer.Ordinal)
            .Take(ChartOwners)
            .ToList();
        var svg = AlertBudgetChart.Render("Alerts per owner", owners);
        var table = PageHtml.Table(
            ["Owner", "Alert type", "Created last run", "Deferred last run", "Created today", "Waiting (budget)", "Backlog", "In digests"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.OwnerName == r.Owner ? r.Owner : $"{r.OwnerName} ({r.Owner})", r.AlertType,
                Count(r.CreatedLastRun), Count(r.DeferredLastRun), Count(r.CreatedToday), Count(r.Waiting), Count(r.Backlog), Count(r.InDigest),
            ]));
        var caption = rows.Select(r => r.Owner).Distinct().Count() > ChartOwners ? $"The {ChartOwners} owners with the most alerts; the table lists all." : null;
        return settings + PageHtml.Chart(Chart, svg, caption) + table;
    }

    private static string Settings(AlertOptions options) =>
        $"Budget: at most {Count(options.Budget.MaxNewTasksPerRun)} new tasks per run, {Count(options.Budget.MaxNewTasksPerOwnerPerDay)} per owner per day, "
        + $"{Count(options.Budget.MaxOpenTasksPerOwner)} open per owner; first-run backlog: {options.Backlog}; "
        + $"snooze after completion: {options.SnoozeAfterCompletion.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days.";

    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
