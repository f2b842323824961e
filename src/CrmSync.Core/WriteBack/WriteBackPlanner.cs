using CrmSync.Core.Analysis;

namespace CrmSync.Core.WriteBack;

/// <summary>
/// Diffs one run's computed values against what was last written (stack.md §12.3): a live record is written only
/// when its fingerprint changed, with only the properties that changed; a property written before and no longer
/// computed is cleared. Archived and missing records are never written.
/// </summary>
public static class WriteBackPlanner
{
    /// <param name="computed">Every value of this run for <paramref name="objectType"/>, from all analyzers.</param>
    /// <param name="written">The stored written state by record id.</param>
    /// <param name="liveRecordIds">Ids of the live (not archived) records of the type.</param>
    /// <param name="scope">
    /// The properties this run computed, when only some analyzers ran (e.g. the dedupe job): written values of other
    /// properties are kept as they are, neither cleared nor rewritten. Null = every analyzer ran.
    /// </param>
    /// <exception cref="ArgumentException">A value or state of another object type, a duplicate, or a bad name.</exception>
    public static WritePlan Plan(
        string objectType,
        IEnumerable<ComputedValue> computed,
        IReadOnlyDictionary<string, WrittenState> written,
        IReadOnlySet<string> liveRecordIds,
        IReadOnlySet<string>? scope = null)
    {
        var newValues = Group(objectType, computed, scope);
        CheckWritten(objectType, written);

        var updates = new List<PlannedUpdate>();
        int unchanged = 0, skipped = 0;
        var recordIds = newValues.Keys.Union(written.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var recordId in recordIds)
        {
            if (!liveRecordIds.Contains(recordId))
            {
                skipped++;
                continue;
            }

            var state = written.GetValueOrDefault(recordId);
            var values = newValues.TryGetValue(recordId, out var v) ? v : new Dictionary<string, string?>();
            if (scope is not null && state is not null)
                values = WithOutOfScopeValues(values, state.Values, scope);
            var fingerprint = ValueFingerprint.Compute(values);
            if (fingerprint == (state?.Fingerprint ?? ValueFingerprint.Empty))
            {
                unchanged++;
                continue;
            }

            var changes = Diff(state?.Values ?? new Dictionary<string, string?>(), values);
            updates.Add(new PlannedUpdate(objectType, recordId, changes, values, fingerprint));
        }

        return new WritePlan(objectType, updates, unchanged, skipped);
    }

    private static Dictionary<string, string?> WithOutOfScopeValues(
        Dictionary<string, string?> values, IReadOnlyDictionary<string, string?> written, IReadOnlySet<string> scope)
    {
        var merged = new Dictionary<string, string?>(values, StringComparer.Ordinal);
        foreach (var (property, value) in written)
        {
            if (value is not null && !scope.Contains(property))
                merged[property] = value;
        }

        return merged;
    }

    private static Dictionary<string, Dictionary<string, string?>> Group(
        string objectType, IEnumerable<ComputedValue> computed, IReadOnlySet<string>? scope)
    {
        var byRecord = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var value in computed)
        {
            if (value.ObjectType != objectType)
            {
                throw new ArgumentException(
                    $"Value of '{value.Property}' for {value.ObjectType} record {value.RecordId} was passed to the {objectType} plan.",
                    nameof(computed));
            }

            if (!ComputedPropertyKeys.IsValid(value.Property))
            {
                throw new ArgumentException(
                    $"Property '{value.Property}' of {objectType} record {value.RecordId} is not a computed property key.",
                    nameof(computed));
            }

            if (scope is not null && !scope.Contains(value.Property))
            {
                throw new ArgumentException(
                    $"Property '{value.Property}' of {objectType} record {value.RecordId} is outside this run's scope.",
                    nameof(computed));
            }

            if (!seen.Add((value.RecordId, value.Property)))
            {
                throw new ArgumentException(
                    $"Property '{value.Property}' of {objectType} record {value.RecordId} was computed twice.", nameof(computed));
            }

            if (!byRecord.TryGetValue(value.RecordId, out var values))
            {
                byRecord[value.RecordId] = values = new Dictionary<string, string?>(StringComparer.Ordinal);
            }

            // Null = no value: left out of the new set, so a value written earlier is cleared.
            if (value.Value is not null)
            {
                values[value.Property] = value.Value;
            }
        }

        return byRecord;
    }

    private static void CheckWritten(string objectType, IReadOnlyDictionary<string, WrittenState> written)
    {
        foreach (var (recordId, state) in written)
        {
            if (state.ObjectType != objectType || state.RecordId != recordId)
            {
                throw new ArgumentException(
                    $"Written state stored under {objectType} record {recordId} belongs to {state.ObjectType} record {state.RecordId}.",
                    nameof(written));
            }
        }
    }

    private static List<PlannedChange> Diff(IReadOnlyDictionary<string, string?> old, IReadOnlyDictionary<string, string?> current)
    {
        var changes = new List<PlannedChange>();
        var properties = old.Where(p => p.Value is not null).Select(p => p.Key)
            .Union(current.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var before = old.GetValueOrDefault(property);
            var after = current.GetValueOrDefault(property);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new PlannedChange(property, before, after));
            }
        }

        return changes;
    }
}
