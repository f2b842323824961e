using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrmSync.Core.Telemetry;

/// <summary>
/// The names CrmSync traces and measures under (docs/observability.md). System.Diagnostics only: the host decides
/// whether anything listens (OpenTelemetry in the worker); without a listener every call here costs next to nothing.
/// </summary>
public static class CrmSyncTelemetry
{
    /// <summary>Spans of job runs and their steps.</summary>
    public const string JobsSourceName = "CrmSync.Jobs";

    /// <summary>Spans of logical CRM calls (one per connector operation, retries and rate-limit waits as events).</summary>
    public const string ConnectorsSourceName = "CrmSync.Connectors";

    /// <summary>The one meter every CrmSync instrument belongs to.</summary>
    public const string MeterName = "CrmSync";

    /// <summary>Tag naming the configured connector (its key in configuration, never a token).</summary>
    public const string ConnectorTag = "connector";

    public static readonly ActivitySource Jobs = new(JobsSourceName);
    public static readonly ActivitySource Connectors = new(ConnectorsSourceName);
    public static readonly Meter Meter = new(MeterName);
}
