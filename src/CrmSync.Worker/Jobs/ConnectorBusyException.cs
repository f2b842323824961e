namespace CrmSync.Worker.Jobs;

/// <summary>Another job of the same connector is running (here or on another replica).</summary>
public sealed class ConnectorBusyException(string connector)
    : Exception($"Connector '{connector}': another job of this connector is running; this run was skipped")
{
    public string Connector { get; } = connector;
}
