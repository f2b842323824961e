using CrmSync.Storage;

namespace CrmSync.Worker.Dashboard.Health;

/// <summary>One run as connector health shows it: which, when it ended, its status and, for a failure, why.</summary>
public sealed record RunOutcome(long RunId, string Job, RunStatus Status, DateTimeOffset At, string? Why);
