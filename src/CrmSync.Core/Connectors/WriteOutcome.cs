namespace CrmSync.Core.Connectors;

/// <summary>What a batch write did: records written, per-record failures, and how many API calls it took.</summary>
public sealed record WriteOutcome(IReadOnlyList<string> Succeeded, IReadOnlyList<RecordWriteError> Failed, int Calls)
{
    public static WriteOutcome Empty { get; } = new([], [], 0);
}
