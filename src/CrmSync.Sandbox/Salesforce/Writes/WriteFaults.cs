using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// Per-record write failures set up by tests: UNABLE_TO_LOCK_ROW for the first N write attempts on a record,
/// FIELD_CUSTOM_VALIDATION_EXCEPTION from a validation rule on a record, and duplicate rules. Callers hold the store lock.
/// </summary>
internal sealed class WriteFaults
{
    private readonly Dictionary<string, int> lockAttempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Message, string? Field)> validation = new(StringComparer.Ordinal);

    public List<DuplicateRule> DuplicateRules { get; } = [];

    public void LockRow(string id, int attempts) => lockAttempts[id] = attempts;

    public void FailValidation(string id, string message, string? field) => validation[id] = (message, field);

    public void Clear()
    {
        lockAttempts.Clear();
        validation.Clear();
        DuplicateRules.Clear();
    }

    /// <summary>The injected error for this write attempt on <paramref name="id"/>, counting the attempt.</summary>
    public SaveError? Check(string id)
    {
        if (lockAttempts.TryGetValue(id, out var remaining) && remaining > 0)
        {
            lockAttempts[id] = remaining - 1;
            return SaveError.Of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record");
        }

        return validation.TryGetValue(id, out var rule)
            ? rule.Field is { } field ? SaveError.Of("FIELD_CUSTOM_VALIDATION_EXCEPTION", rule.Message, field) : SaveError.Of("FIELD_CUSTOM_VALIDATION_EXCEPTION", rule.Message)
            : null;
    }
}
