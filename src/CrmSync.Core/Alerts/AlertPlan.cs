using CrmSync.Core.Analysis;

namespace CrmSync.Core.Alerts;

/// <summary>What to do with alerts after one analysis run.</summary>
/// <param name="ToCreate">
/// For each: save <c>candidate.ToPendingState(now)</c>, create the task, then save <c>candidate.ToOpenState(taskId, now)</c>.
/// </param>
/// <param name="ToResolve">Conditions that no longer hold, already marked <see cref="AlertStatus.Resolved"/>: save them.</param>
/// <param name="Acknowledged">Open alerts whose task the owner completed or deleted while the condition still holds: not recreated.</param>
/// <param name="StillOpen">Open alerts whose task is still open (or unknown): nothing to do.</param>
public sealed record AlertPlan(
    IReadOnlyList<AlertCandidate> ToCreate,
    IReadOnlyList<AlertState> ToResolve,
    IReadOnlyList<AlertState> Acknowledged,
    int StillOpen)
{
    /// <summary>Pending intents whose task the CRM's search found: save them (now <see cref="AlertStatus.Open"/>).</summary>
    public IReadOnlyList<AlertState> Recovered { get; init; } = [];

    /// <summary>
    /// Pending intents younger than the search-index lag (or not looked up): neither created again nor resolved
    /// this run, since their task may exist and not be searchable yet.
    /// </summary>
    public IReadOnlyList<AlertState> Waiting { get; init; } = [];

    public bool IsEmpty => ToCreate.Count == 0 && ToResolve.Count == 0 && Recovered.Count == 0;

    public string Summary =>
        $"alerts: {ToCreate.Count} to create, {ToResolve.Count} to resolve, {Acknowledged.Count} acknowledged, {StillOpen} still open" +
        (Recovered.Count + Waiting.Count > 0 ? $", {Recovered.Count} recovered, {Waiting.Count} waiting" : "");

    /// <summary>One line per action for a dry-run report, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> DescribeActions(int max = int.MaxValue) =>
        ToCreate.Select(c => $"create {c.Key} ({c.Priority}, owner {c.OwnerId ?? "none"}): {c.Subject}")
            .Concat(Recovered.Select(s => $"recover {s.Key} (task {s.TaskId})"))
            .Concat(ToResolve.Select(s => $"resolve {s.Key} (task {s.TaskId ?? "none"})"))
            .Take(max)
            .ToList();
}
