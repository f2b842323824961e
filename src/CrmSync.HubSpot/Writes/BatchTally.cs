using CrmSync.Core.Connectors;

namespace CrmSync.HubSpot.Writes;

/// <summary>What the calls of one batch update added up to so far.</summary>
internal sealed class BatchTally(int capacity)
{
    public List<string> Succeeded { get; } = new(capacity);

    public List<RecordWriteError> Failed { get; } = [];

    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    public int Calls { get; set; }

    public WriteOutcome ToOutcome() => new(Succeeded, Failed, Calls) { Aliases = Aliases };
}
