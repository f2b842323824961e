namespace CrmSync.AlertBudgetRun;

/// <summary>The three runs of one acceptance, and the alerts a rep cleared before the third.</summary>
/// <param name="ClosedDeals">Deals closed as won between the second and third run.</param>
/// <param name="ClearedKeys">The alert keys on those deals that waited in the queue when they were closed.</param>
public sealed record BudgetScenarioResult(
    string Crm,
    BudgetRunSettings Settings,
    IReadOnlyList<BudgetRunResult> Runs,
    IReadOnlyList<string> ClosedDeals,
    IReadOnlyList<string> ClearedKeys,
    TimeSpan SetUp);
