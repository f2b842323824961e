using System.Text.Json;
using CrmSync.Core.Alerts;

namespace CrmSync.Storage;

internal static class StoreArguments
{
    public static void RequireKey(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
    }

    public static void RequireKeys(string connector, string objectType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connector);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
    }

    public static void RequireRunStart(RunStart run)
    {
        ArgumentNullException.ThrowIfNull(run);
        RequireKey(run.Connector, "run.Connector");
        RequireKey(run.Job, "run.Job");
    }

    public static void RequireAlert(string connector, AlertState alert)
    {
        RequireKey(connector, nameof(connector));
        ArgumentNullException.ThrowIfNull(alert);
        RequireKey(alert.Key, "alert.Key");
    }

    public static void RequirePositiveLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
    }

    /// <summary>Both stores reject a document that is not JSON, with the same error.</summary>
    public static void RequireJsonDocument(string connector, string key, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"Document '{key}' of connector '{connector}' is not valid JSON: {ex.Message}", nameof(json), ex);
        }
    }
}
