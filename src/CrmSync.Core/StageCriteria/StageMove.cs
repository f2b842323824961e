namespace CrmSync.Core.StageCriteria;

/// <summary>One change of stage in a deal's history.</summary>
internal sealed record StageMove(string From, string To, DateTimeOffset At);
