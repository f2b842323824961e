using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Cli;

/// <summary>Renders run summaries for people (text) and for scripts (one JSON object).</summary>
public static class SummaryPrinter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void PrintText(JobRunSummary s, TextWriter o)
    {
        o.WriteLine($"{s.Job} for connector '{s.Connector}': {s.Status}{(s.DryRun ? " (dry run: nothing written)" : "")} in {s.Seconds:F1} s (run #{s.RunId})");
        foreach (var (name, value) in s.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            o.WriteLine($"  {name,-24} {value,10}");
        if (s.Message is not null)
            o.WriteLine($"  message: {s.Message}");
        foreach (var e in s.Errors.Take(20))
            o.WriteLine($"  error: {e.ObjectType} {e.RecordId}: {e.Code}: {e.Message}");
        if (s.Errors.Count > 20)
            o.WriteLine($"  … {s.Errors.Count - 20} more errors (see /runs/{s.RunId}/errors)");
        if (!s.DryRun)
            return;
        o.WriteLine($"Planned writes ({s.PlannedWrites.Count}):");
        foreach (var w in s.PlannedWrites)
            o.WriteLine($"  {w.ObjectType} {w.RecordId} {w.Property}: {Show(w.OldValue)} → {Show(w.NewValue)}");
        if (s.PlannedMerges.Count > 0)
            o.WriteLine($"Planned merges ({s.PlannedMerges.Count}, auto-merge enabled):");
        foreach (var m in s.PlannedMerges)
            o.WriteLine($"  {m.ObjectType} {m.MergedId} into {m.PrimaryId} (probability {m.Probability:F4}): {m.Reason}");
        o.WriteLine($"Planned alerts ({s.PlannedAlerts.Count}):");
        foreach (var a in s.PlannedAlerts)
            o.WriteLine($"  {a.ObjectType} {a.RecordId} [{a.AlertType}] owner {a.OwnerId ?? "(none)"}: {a.Subject}");
        PrintFindings(s, o);
        PrintAlertBudget(s.AlertBudget, o);
    }

    /// <summary>Each violation (record, rule, why), then a table by rule.</summary>
    private static void PrintFindings(JobRunSummary s, TextWriter o)
    {
        if (s.Findings.Count == 0)
            return;
        o.WriteLine($"Violations ({s.Findings.Count}):");
        foreach (var f in s.Findings)
            o.WriteLine($"  {f.ObjectType} {f.RecordId} [{f.Rule}] {f.Detail}{(f.AlertKey is null ? " (logged, no task)" : "")}");
        o.WriteLine();
        o.WriteLine($"  {"Rule",-24} {"Violations",10} {"With task",10} {"Records",10}");
        foreach (var t in s.FindingsByRule)
            o.WriteLine($"  {t.Rule,-24} {t.Violations,10} {t.WithTask,10} {t.Records,10}");
        o.WriteLine($"  {"total",-24} {s.Findings.Count,10} {s.Findings.Count(f => f.AlertKey is not null),10} {s.Findings.Select(f => (f.ObjectType, f.RecordId)).Distinct().Count(),10}");
    }

    /// <summary>Per owner and alert type: what would be created, what waits (budget, snooze), the backlog, what goes to digests.</summary>
    public static void PrintAlertBudget(IReadOnlyList<Core.Alerts.Budgets.AlertBudgetLine> lines, TextWriter o)
    {
        if (lines.Count == 0)
            return;
        o.WriteLine($"Alerts by owner and type ({lines.Count}):");
        o.WriteLine($"  {"owner",-20} {"type",-24} {"create",7} {"budget",7} {"snoozed",7} {"backlog",7} {"digest",7}");
        foreach (var l in lines)
            o.WriteLine($"  {l.Owner,-20} {l.AlertType,-24} {l.Created,7} {l.DeferredByBudget,7} {l.Snoozed,7} {l.Backlog,7} {l.InDigest,7}");
    }

    public static void PrintJson(object value, TextWriter o) => o.WriteLine(JsonSerializer.Serialize(value, Json));

    private static string Show(string? value) => value is null ? "(empty)" : $"\"{value}\"";
}
