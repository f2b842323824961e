namespace CrmSync.Storage;

public sealed record RunRecordError(string ObjectType, string RecordId, string Code, string Message);
