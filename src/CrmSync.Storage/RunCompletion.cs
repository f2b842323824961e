namespace CrmSync.Storage;

/// <param name="Counts">Named counts, e.g. records_pulled.contacts, values_written, write_calls, alerts_created.</param>
/// <param name="Errors">Per-record errors (a 207 entry, an invalid value) with the record they belong to.</param>
public sealed record RunCompletion(
    RunStatus Status,
    DateTimeOffset FinishedAt,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<RunRecordError> Errors,
    string? Message = null);
