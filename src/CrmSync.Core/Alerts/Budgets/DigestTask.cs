using CrmSync.Core.Analysis;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>One owner's digest for one period: the task text and the items it stands for.</summary>
/// <param name="Fingerprint">Of subject and body: the task is rewritten only when it changes.</param>
public sealed record DigestTask(
    string Key,
    string? OwnerId,
    string Subject,
    string Body,
    string Fingerprint,
    IReadOnlyList<AlertCandidate> Items,
    AlertCandidate Candidate);
