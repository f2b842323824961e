namespace CrmSync.Core.Connectors;

/// <summary>New values for one record; a null value clears the property.</summary>
public sealed record RecordUpdate(string RecordId, IReadOnlyDictionary<string, string?> Values);
