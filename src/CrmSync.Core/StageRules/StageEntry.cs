namespace CrmSync.Core.StageRules;

/// <summary>When a deal entered its current stage, and how that was found out.</summary>
public sealed record StageEntry(DateTimeOffset EnteredAt, StageEntrySource Source);
