using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Offline;

/// <summary>
/// Reads the offline folder of <c>crmsync metrics --input</c> (docs/metrics.md): pipelines, deals, their stage
/// history, contacts, their lifecycle history, revenue, and optionally sessions and contact activities. Pure: the
/// caller opens the files (<paramref name="open"/> returns null for a file that is not there). Deal amounts in another
/// currency (optional <c>currency</c> column) are converted at the configured fixed rate; extra columns of deals.csv
/// and contacts.csv are properties to slice by.
/// </summary>
public static class MetricsCsvReader
{
    public const string Pipelines = "pipelines.csv";
    public const string Deals = "deals.csv";
    public const string StageHistory = "deal_stage_history.csv";
    public const string Contacts = "contacts.csv";
    public const string LifecycleHistory = "contact_lifecycle_history.csv";
    public const string Revenue = "revenue.csv";
    public const string Sessions = "sessions.csv";
    public const string Activities = "contact_activities.csv";

    /// <summary>The files every folder must have.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles = [Pipelines, Deals, StageHistory, Contacts, LifecycleHistory, Revenue];

    public static MetricsInput Read(Func<string, TextReader?> open, MetricsOptions options)
    {
        var builder = new MetricsInputBuilder();
        Each(open, Pipelines, ["pipeline_id", "stage_id", "label", "display_order", "is_closed", "is_won"], [], r =>
            builder.AddStage(r.Text("pipeline_id"), r.Text("stage_id"), r.Optional("label") ?? r.Text("stage_id"),
                checked((int)r.Integer("display_order")), r.Flag("is_closed"), r.Flag("is_won")));
        Each(open, Deals, ["id", "pipeline_id", "stage_id", "amount", "created_at", "close_date", "owner_id", "company_id"], ["currency"], (r, extras) =>
        {
            var amount = r.OptionalNumber("amount") is { } original ? options.ToHome(original, r.Optional("currency")) : (decimal?)null;
            builder.AddDeal(r.Text("id"), r.Text("pipeline_id"), r.Text("stage_id"), amount, r.Instant("created_at"),
                r.OptionalInstant("close_date"), r.Optional("owner_id"), r.Optional("company_id"), extras);
        });
        Each(open, StageHistory, ["deal_id", "stage_id", "entered_at"], [], r =>
            builder.AddStageEntry(r.Text("deal_id"), r.Text("stage_id"), r.Instant("entered_at")));
        Each(open, Contacts, ["id", "created_at", "owner_id", "company_id"], [], (r, extras) =>
            builder.AddContact(r.Text("id"), r.Instant("created_at"), r.Optional("owner_id"), r.Optional("company_id"), extras));
        Each(open, LifecycleHistory, ["contact_id", "stage", "entered_at"], [], r =>
            builder.AddLifecycleEntry(r.Text("contact_id"), r.Text("stage"), r.Instant("entered_at")));
        if (Each(open, Activities, ["contact_id", "occurred_at"], [], r => builder.AddActivity(r.Text("contact_id"), r.Instant("occurred_at")), optionalFile: true))
            builder.HasActivities();
        var seen = new Dictionary<(string, string, int, int), long>();
        Each(open, Revenue, ["company_id", "month", "mrr"], ["product"], r =>
        {
            var (year, month) = r.Month("month");
            var key = (r.Text("company_id"), r.Optional("product") ?? "", year, month);
            if (!seen.TryAdd(key, r.Line))
                throw new MetricsInputException($"{r.Where}: company '{key.Item1}' already has a row for {year:D4}-{month:D2} on line {seen[key]}.");
            builder.AddRevenue(key.Item1, year, month, r.Number("mrr"), r.Optional("product"));
        });
        Each(open, Sessions, ["month", "sessions"], [], r =>
        {
            var (year, month) = r.Month("month");
            builder.AddSessions(year, month, r.Integer("sessions"));
        }, optionalFile: true);
        return builder.Build();
    }

    private static bool Each(Func<string, TextReader?> open, string file, string[] required, string[] optional, Action<MetricsCsvRow> add, bool optionalFile = false) =>
        Each(open, file, required, optional, (row, _) => add(row), optionalFile, extras: false);

    private static bool Each(Func<string, TextReader?> open, string file, string[] required, string[] optional, Action<MetricsCsvRow, List<KeyValuePair<string, string?>>> add,
        bool optionalFile = false, bool extras = true)
    {
        using var reader = open(file);
        if (reader is null)
        {
            return optionalFile
                ? false
                : throw new MetricsInputException($"{file} is missing; the folder needs {string.Join(", ", RequiredFiles)} (and may hold {Sessions}, {Activities}).");
        }

        var csv = new MetricsCsvFile(file, reader, required, optional, extras);
        foreach (var row in csv.Rows())
        {
            var properties = csv.Extras.Select(e => new KeyValuePair<string, string?>(e.Name, row.Field(e.Index))).ToList();
            try
            {
                add(row, properties);
            }
            catch (MetricsInputException e) when (!e.Message.StartsWith(file, StringComparison.Ordinal))
            {
                throw new MetricsInputException($"{row.Where}: {e.Message}", e);
            }
        }

        return true;
    }
}
