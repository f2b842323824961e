namespace CrmSync.Core.Alerts.Budgets;

/// <summary>
/// How alerts become tasks, per connector (<c>CrmSync:Connectors:{name}:Alerts</c>): budgets, the priority rule that
/// orders what waits, digest mode, the first run's backlog, the snooze after a completed task, excluded owners.
/// </summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>The longest snooze accepted (a year).</summary>
    public static readonly TimeSpan MaxSnooze = TimeSpan.FromDays(366);

    public static readonly IReadOnlyList<PriorityCriterion> DefaultPriority =
        [PriorityCriterion.MoneyAtRisk, PriorityCriterion.Overrun, PriorityCriterion.Age];

    public AlertBudgetOptions Budget { get; set; } = new();

    /// <summary>Criteria in order; empty = MoneyAtRisk, Overrun, Age. Ties always fall back to the record id, then the key.</summary>
    public List<PriorityCriterion> Priority { get; set; } = [];

    public AlertDigestOptions Digest { get; set; } = new();

    public BacklogMode Backlog { get; set; } = BacklogMode.Hold;

    /// <summary>After the owner completes or defers a task, how long the same rule stays quiet on the same record.</summary>
    public TimeSpan SnoozeAfterCompletion { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Owner ids whose records' alerts go to <see cref="FallbackOwner"/> (inactive users, integration users).</summary>
    public List<string> ExcludedOwners { get; set; } = [];

    /// <summary>Owner (or, on Salesforce, queue) id for the alerts of excluded owners; empty = unassigned.</summary>
    public string? FallbackOwner { get; set; }

    public IReadOnlyList<PriorityCriterion> PriorityRule => Priority.Count == 0 ? DefaultPriority : Priority;

    /// <summary>The owner a task for <paramref name="ownerId"/>'s record goes to.</summary>
    public string? EffectiveOwner(string? ownerId) =>
        ownerId is not null && ExcludedOwners.Contains(ownerId, StringComparer.Ordinal)
            ? (string.IsNullOrWhiteSpace(FallbackOwner) ? null : FallbackOwner.Trim())
            : ownerId;

    /// <summary>Every problem, each naming its configuration key under <paramref name="sectionPath"/>.</summary>
    /// <param name="sectionPath">e.g. <c>CrmSync:Connectors:hubspot-main:Alerts</c>.</param>
    /// <param name="knownAlertTypes">Alert types the connector's analyzers raise, to check <c>Digest:Types</c>; null = unchecked.</param>
    public IReadOnlyList<string> Validate(string sectionPath, IReadOnlyCollection<string>? knownAlertTypes = null)
    {
        var problems = new List<string>();
        void Limit(string key, int value)
        {
            if (value is < 1 or > AlertBudgetOptions.MaxLimit)
                problems.Add($"{sectionPath}:Budget:{key} must be between 1 and {AlertBudgetOptions.MaxLimit} (was {value}).");
        }

        Limit(nameof(AlertBudgetOptions.MaxNewTasksPerRun), Budget.MaxNewTasksPerRun);
        Limit(nameof(AlertBudgetOptions.MaxNewTasksPerOwnerPerDay), Budget.MaxNewTasksPerOwnerPerDay);
        Limit(nameof(AlertBudgetOptions.MaxOpenTasksPerOwner), Budget.MaxOpenTasksPerOwner);
        for (var i = 0; i < Priority.Count; i++)
        {
            if (Priority.IndexOf(Priority[i]) != i)
                problems.Add($"{sectionPath}:Priority:{i} repeats {Priority[i]}; name each criterion once.");
        }

        if (Digest.MaxItems is < 1 or > 500)
            problems.Add($"{sectionPath}:Digest:MaxItems must be between 1 and 500 (was {Digest.MaxItems}).");
        foreach (var type in Digest.Types.Keys.Order(StringComparer.Ordinal))
        {
            if (knownAlertTypes is not null && !knownAlertTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                problems.Add($"{sectionPath}:Digest:Types:{type} is not an alert type of this connector's analyzers ({string.Join(", ", knownAlertTypes.Order(StringComparer.Ordinal))}).");
        }

        if (SnoozeAfterCompletion < TimeSpan.Zero || SnoozeAfterCompletion > MaxSnooze)
            problems.Add($"{sectionPath}:SnoozeAfterCompletion must be between 00:00:00 and {MaxSnooze.Days}.00:00:00 (was {SnoozeAfterCompletion}).");
        for (var i = 0; i < ExcludedOwners.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ExcludedOwners[i]))
                problems.Add($"{sectionPath}:ExcludedOwners:{i} is empty; give an owner id.");
        }

        if (FallbackOwner is { } fallback && ExcludedOwners.Contains(fallback.Trim(), StringComparer.Ordinal))
            problems.Add($"{sectionPath}:FallbackOwner '{fallback}' is itself in ExcludedOwners.");
        return problems;
    }
}
