namespace CrmSync.Core.Connectors;

/// <summary>What a batch write did: records written, per-record failures, and how many API calls it took.</summary>
public sealed record WriteOutcome(IReadOnlyList<string> Succeeded, IReadOnlyList<RecordWriteError> Failed, int Calls)
{
    public static WriteOutcome Empty { get; } = new([], [], 0);

    /// <summary>
    /// Record ids the CRM answered with another record (sent id → answering id): a record merged away in the CRM whose
    /// old id now resolves to the survivor. The write succeeded (the id is in <see cref="Succeeded"/>) and landed on the
    /// survivor.
    /// </summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();
}
