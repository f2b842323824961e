namespace CrmSync.Core.Connectors;

/// <summary>Why one record of a batch was not written (from a 207 or a failed batch), e.g. OBJECT_NOT_FOUND.</summary>
public sealed record RecordWriteError(string RecordId, string Code, string Message);
