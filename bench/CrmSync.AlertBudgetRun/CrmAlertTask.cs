namespace CrmSync.AlertBudgetRun;

/// <summary>A task in the fake CRM that carries a CrmSync alert key (its owner as the CRM holds it).</summary>
public sealed record CrmAlertTask(string TaskId, string AlertKey, string? OwnerId);
