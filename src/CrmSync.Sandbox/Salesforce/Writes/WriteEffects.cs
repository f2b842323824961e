using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// What Salesforce does on save besides storing the values: audit fields, a stage's default probability and forecast
/// category, an OpportunityHistory row whenever Amount, Probability, StageName or CloseDate changes
/// (salesforce-api.md §6.1), and a task's completion time.
/// </summary>
internal static class WriteEffects
{
    private static readonly string[] HistoryFields = ["Amount", "Probability", "StageName", "CloseDate"];

    public static void Stamp(RecordTable table, int number, OrgStore store, bool created)
    {
        var now = store.Now;
        if (created)
        {
            table.Set(number, "CreatedDate", now);
            table.Set(number, "CreatedById", store.IntegrationUserId);
            if (table.Schema.HasIsDeleted)
            {
                table.Set(number, "IsDeleted", false);
            }
        }

        if (table.Schema.Find("LastModifiedDate") is not null)
        {
            table.Set(number, "LastModifiedDate", now);
            table.Set(number, "LastModifiedById", store.IntegrationUserId);
        }

        table.Set(number, "SystemModstamp", now);
    }

    /// <summary>Fills what the write left out and Salesforce derives; <paramref name="given"/> are the fields the request set.</summary>
    public static void Derive(RecordTable table, int number, IReadOnlyDictionary<string, object?> given, OrgStore store)
    {
        if (table.Schema.Name == "Opportunity" && given.ContainsKey("StageName") && OpportunityStages.Find(table.Get(number, "StageName") as string) is { } stage)
        {
            if (!given.ContainsKey("Probability"))
            {
                table.Set(number, "Probability", stage.DefaultProbability);
            }

            if (!given.ContainsKey("ForecastCategoryName"))
            {
                table.Set(number, "ForecastCategoryName", stage.ForecastCategoryName);
            }
        }

        if (table.Schema.Name == "Task" && given.ContainsKey("Status"))
        {
            table.Set(number, "CompletedDateTime", table.Get(number, "Status") is "Completed" ? store.Now : null);
        }
    }

    /// <summary>Appends an OpportunityHistory row when a tracked field changed (or the opportunity was created).</summary>
    public static void AppendHistory(RecordTable opportunities, int number, IReadOnlyDictionary<string, object?> before, bool created, OrgStore store)
    {
        if (opportunities.Schema.Name != "Opportunity"
            || (!created && HistoryFields.All(f => Equals(before.GetValueOrDefault(f), opportunities.Get(number, f)))))
        {
            return;
        }

        var stage = OpportunityStages.Find(opportunities.Get(number, "StageName") as string);
        var now = store.Now;
        store.Table("OpportunityHistory")!.Insert(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["OpportunityId"] = opportunities.IdOf(number),
            ["StageName"] = opportunities.Get(number, "StageName"),
            ["Amount"] = opportunities.Get(number, "Amount"),
            ["ExpectedRevenue"] = opportunities.Get(number, "ExpectedRevenue"),
            ["CloseDate"] = opportunities.Get(number, "CloseDate"),
            ["Probability"] = opportunities.Get(number, "Probability"),
            ["ForecastCategory"] = stage?.ForecastCategory,
            ["PrevAmount"] = created ? null : before.GetValueOrDefault("Amount"),
            ["PrevCloseDate"] = created ? null : before.GetValueOrDefault("CloseDate"),
            ["CreatedDate"] = now,
            ["CreatedById"] = store.IntegrationUserId,
            ["SystemModstamp"] = now,
            ["IsDeleted"] = false,
        });
    }

    public static Dictionary<string, object?> Snapshot(RecordTable table, int number) =>
        HistoryFields.ToDictionary(f => f, f => table.Schema.Find(f) is null ? null : table.Get(number, f), StringComparer.Ordinal);
}
