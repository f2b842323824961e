namespace CrmSync.Core.Connectors;

/// <summary>A CRM task found by the alert key it carries (see <see cref="ICrmConnector.FindTasksByAlertKeyAsync"/>).</summary>
public sealed record FoundTask(string AlertKey, string TaskId, CrmTaskState State, DateTimeOffset CreatedAt);
