namespace CrmSync.Worker.Configuration;

/// <summary>The <c>CrmSync</c> section, less the connectors (bound by name, see <see cref="ConnectorOptions"/>).</summary>
public sealed class CrmSyncOptions
{
    public const string Section = "CrmSync";

    /// <summary>Where the embedded SQLite store lives when no PostgreSQL connection string is set.</summary>
    public string DataDirectory { get; set; } = "data";

    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// How long a connector's lease outlives its last renewal: a run whose process died is taken over this long after
    /// its last heartbeat (renewals come every quarter of it).
    /// </summary>
    public TimeSpan LeaseExpiry { get; set; } = TimeSpan.FromMinutes(2);
}
