using System.Globalization;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>Another run of the same connector holds its lease (here or in another process); this trigger was skipped.</summary>
/// <param name="skippedRunId">The run history entry recording the skipped trigger.</param>
/// <param name="holding">The lease of the run the connector is busy with.</param>
public sealed class ConnectorBusyException(long skippedRunId, ConnectorLease holding) : Exception(string.Create(CultureInfo.InvariantCulture,
    $"Connector '{holding.Connector}' is busy with run {holding.RunId} (holder {holding.Holder}, lease until {holding.ExpiresAt:O}); this trigger was skipped (run {skippedRunId})."))
{
    public string Connector => Holding.Connector;

    public long SkippedRunId { get; } = skippedRunId;

    public ConnectorLease Holding { get; } = holding;
}
