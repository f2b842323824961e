namespace CrmSync.Storage;

/// <summary>A connector's lease row.</summary>
/// <param name="Holder">Who holds it: host, process id and a token unique to one acquisition.</param>
/// <param name="RunId">The run it protects.</param>
public sealed record ConnectorLease(
    string Connector,
    string Holder,
    long RunId,
    DateTimeOffset AcquiredAt,
    DateTimeOffset RenewedAt,
    DateTimeOffset ExpiresAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;
}
