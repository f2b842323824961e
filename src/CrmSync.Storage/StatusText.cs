using CrmSync.Core.Alerts;

namespace CrmSync.Storage;

/// <summary>Enums are stored by name, so the tables stay readable and reordering an enum cannot corrupt them.</summary>
internal static class StatusText
{
    public static string ToText(RunStatus status) => status.ToString();

    public static string ToText(AlertStatus status) => status.ToString();

    public static RunStatus ParseRunStatus(string text, long runId) =>
        Enum.TryParse<RunStatus>(text, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? status
            : throw new InvalidDataException($"Run {runId} has unknown status '{text}' in the store.");

    public static AlertStatus ParseAlertStatus(string text, string connector, string key) =>
        Enum.TryParse<AlertStatus>(text, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? status
            : throw new InvalidDataException($"Alert '{key}' of connector '{connector}' has unknown status '{text}' in the store.");
}
