namespace CrmSync.Core.WriteBack;

/// <summary>What CrmSync last wrote successfully to one record: the values and their fingerprint.</summary>
public sealed record WrittenState(string ObjectType, string RecordId, string Fingerprint, IReadOnlyDictionary<string, string?> Values);
