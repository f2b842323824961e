using System.Globalization;
using CrmSync.Core.Connectors;
using CrmSync.Worker.Dashboard.Health;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>
/// First under each connector: its last success, its last failure and why (run history), and the API budget left as
/// the connector last saw it (HubSpot's daily budget, Salesforce's rolling 24-hour allocation).
/// </summary>
public sealed class ConnectorHealthSection(ConnectorHealthReader reader) : ICrmSyncPageSection
{
    public int Order => 50;

    public string Title => "Connector health";

    public async Task<string> RenderAsync(ConnectorPageContext connector, CancellationToken cancellationToken)
    {
        var health = await reader.ReadAsync(connector.Name, cancellationToken);
        var none = $"none in the last {health.RunsRead.ToString(CultureInfo.InvariantCulture)} runs";
        var table = PageHtml.Table(["", "When (UTC)", "Run", "Detail"],
        [
            Row("Last success", health.LastSuccess, none, o => $"{o.Job} {o.Status}"),
            Row("Last failure", health.LastFailure, none, o => $"{o.Job} {o.Status}: {o.Why}"),
            Budget(health.ApiBudget),
        ]);
        return $"<div class=\"crmsync-health\">{table}</div>";
    }

    private static IReadOnlyList<string> Row(string label, RunOutcome? outcome, string none, Func<RunOutcome, string> detail) =>
        outcome is null
            ? [label, none, "", ""]
            : [label, Time(outcome.At), outcome.RunId.ToString(CultureInfo.InvariantCulture), detail(outcome)];

    private static IReadOnlyList<string> Budget(ApiBudgetReading? budget)
    {
        if (budget is null)
            return ["API budget left", "", "", "not reported yet (the CRM reports it on its answers; a run reads it)"];
        var left = budget.Remaining.ToString("#,0", CultureInfo.InvariantCulture);
        var of = budget.Limit is { } limit ? $" of {limit.ToString("#,0", CultureInfo.InvariantCulture)}" : "";
        var share = budget.ShareLeft is { } s ? $" ({(s * 100).ToString("0.#", CultureInfo.InvariantCulture)} %)" : "";
        return ["API budget left", Time(budget.ObservedAt), "", $"{left}{of} calls{share}, {budget.Window}"];
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
