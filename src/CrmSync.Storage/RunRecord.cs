namespace CrmSync.Storage;

public sealed record RunRecord(
    long Id,
    string Connector,
    string Job,
    bool DryRun,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyDictionary<string, long> Counts,
    int ErrorCount,
    string? Message,
    string? HangfireJobId);
