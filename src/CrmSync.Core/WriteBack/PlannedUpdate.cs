using CrmSync.Core.Connectors;

namespace CrmSync.Core.WriteBack;

/// <summary>
/// A record whose CrmSync values differ from what was last written. <see cref="Values"/> is the full new set
/// (non-null values only) and <see cref="Fingerprint"/> its fingerprint: save both once the write succeeds.
/// </summary>
public sealed record PlannedUpdate(
    string ObjectType,
    string RecordId,
    IReadOnlyList<PlannedChange> Changes,
    IReadOnlyDictionary<string, string?> Values,
    string Fingerprint)
{
    /// <summary>The request to send: only the changed properties, null for a cleared one.</summary>
    public RecordUpdate ToRecordUpdate() =>
        new(RecordId, Changes.ToDictionary(c => c.Property, c => c.NewValue, StringComparer.Ordinal));

    /// <summary>What to store after the CRM accepted <see cref="ToRecordUpdate"/>.</summary>
    public WrittenState ToWrittenState() => new(ObjectType, RecordId, Fingerprint, Values);
}
