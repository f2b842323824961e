namespace CrmSync.AlertBudgetRun;

/// <summary>One owner across the runs: tasks created per run, alerts waiting after each, open alert tasks at the end.</summary>
/// <param name="LastOfRun1">Priority values of the owner's least urgent task of run 1.</param>
/// <param name="FirstOfRun2">Priority values of the owner's most urgent task of run 2 (marked when it was not raised in run 1).</param>
/// <param name="InOrder">Whether run 2's first comes after run 1's last, or is a condition new in run 2.</param>
public sealed record OwnerFigures(
    string Owner,
    IReadOnlyList<int> Created,
    IReadOnlyList<int> Waiting,
    int TasksInCrm,
    string LastOfRun1,
    string FirstOfRun2,
    bool InOrder);
