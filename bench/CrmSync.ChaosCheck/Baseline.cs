namespace CrmSync.ChaosCheck;

/// <summary>
/// The uninterrupted run: what it left in the CRM, its summary, and how many pull requests it sent before its first
/// write (the range a kill during the pull is drawn from).
/// </summary>
internal sealed record Baseline(CrmSnapshot Snapshot, RunResult Run, long PullRequests);
