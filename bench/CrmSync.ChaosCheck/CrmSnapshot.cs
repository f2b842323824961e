namespace CrmSync.ChaosCheck;

/// <summary>
/// What CrmSync left in a CRM: every computed value of every live record (keyed <c>{object}/{id}/{field}</c>) and
/// every live task with its alert key, subject and owner.
/// </summary>
internal sealed record CrmSnapshot(IReadOnlyDictionary<string, string> Values, IReadOnlyList<CrmTask> Tasks);
