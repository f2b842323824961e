namespace CrmSync.ScaleBench;

/// <summary>The replica killed with -9 and the Hangfire jobs it was running at that moment.</summary>
internal sealed record KillReport(Replica Victim, DateTimeOffset KilledAt, IReadOnlyList<long> JobsInFlight);
