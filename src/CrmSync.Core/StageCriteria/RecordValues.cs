using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// A record's values as criteria see them: numbers as decimals, "true"/"false" as booleans, date fields as UTC dates,
/// blanks as null, association counts as <c>{type}_count</c>; optionally as they were at an instant (from the
/// record's value history where it has the field).
/// </summary>
internal static class RecordValues
{
    public static Dictionary<string, object?> Of(CrmRecord record, DateTimeOffset now, int? daysInStage, DateTimeOffset? asOf = null)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in CanonicalFields.All)
            values[field] = Typed(field, asOf is { } at ? ValueAt(record, field, at) : record.Get(field));
        foreach (var type in ExpressionVocabulary.AssociationTypes)
            values[ExpressionVocabulary.CountOf(type)] = (decimal)Count(record, type);
        values[ExpressionVocabulary.Today] = now.UtcDateTime.Date;
        values[ExpressionVocabulary.Now] = now.UtcDateTime;
        values[ExpressionVocabulary.DaysInStage] = daysInStage is { } days ? (decimal)days : null;
        return values;
    }

    public static int Count(CrmRecord record, string objectType) =>
        record.Associations.TryGetValue(objectType, out var ids) ? ids.Count : 0;

    public static object? Typed(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        if (ExpressionVocabulary.IsDateField(field))
            return CrmTimestamp.Parse(raw)?.UtcDateTime;
        if (bool.TryParse(raw, out var flag))
            return flag;
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : raw;
    }

    /// <summary>The field's value at <paramref name="at"/> by its history, or its current value without one.</summary>
    private static string? ValueAt(CrmRecord record, string field, DateTimeOffset at)
    {
        if (!record.History.TryGetValue(field, out var history) || history.Count == 0)
            return record.Get(field);
        var before = history.Where(h => h.Timestamp <= at).OrderBy(h => h.Timestamp).LastOrDefault();
        return before?.Value;
    }
}
