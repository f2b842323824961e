namespace CrmSync.Core.Analysis;

/// <summary>A value an analyzer computed for one CrmSync-owned property of one record (null = no value).</summary>
public sealed record ComputedValue(string ObjectType, string RecordId, string Property, string? Value);
