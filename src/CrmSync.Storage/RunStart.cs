namespace CrmSync.Storage;

public sealed record RunStart(string Connector, string Job, bool DryRun, DateTimeOffset StartedAt, string? HangfireJobId = null);
