namespace CrmSync.Storage;

/// <summary>A run that wants its connector's lease; <see cref="RunStart.StartedAt"/> is "now" for the expiry check.</summary>
/// <param name="Holder">Unique to this acquisition, so that two jobs of one process are told apart.</param>
/// <param name="ExpiresAt">When the lease lapses unless renewed.</param>
public sealed record LeaseRequest(RunStart Run, string Holder, DateTimeOffset ExpiresAt);
