using CrmSync.Core.Records;

namespace CrmSync.Storage;

/// <summary>
/// PostgreSQL text and jsonb cannot hold U+0000, so one stray NUL in a CRM value would fail a whole page.
/// Both stores replace it in record data with U+FFFD, so they keep behaving alike.
/// </summary>
internal static class NulCharacters
{
    private const char Nul = '\0';
    private const char Replacement = '\uFFFD';

    /// <summary>The record itself when it has no NUL (the usual case), else a cleaned copy.</summary>
    public static CrmRecord Scrub(CrmRecord record)
    {
        if (!HasNul(record))
        {
            return record;
        }

        return record with
        {
            Properties = record.Properties.ToDictionary(p => Clean(p.Key), p => CleanOrNull(p.Value)),
            Associations = record.Associations.ToDictionary(
                a => Clean(a.Key), a => (IReadOnlyList<string>)a.Value.Select(Clean).ToList()),
            History = record.History.ToDictionary(
                h => Clean(h.Key),
                h => (IReadOnlyList<PropertyHistoryEntry>)h.Value
                    .Select(e => e with { Value = CleanOrNull(e.Value), SourceType = CleanOrNull(e.SourceType) })
                    .ToList()),
        };
    }

    public static bool Contains(string? value) => value is not null && value.Contains(Nul);

    private static bool HasNul(CrmRecord record)
    {
        foreach (var (key, value) in record.Properties)
        {
            if (Contains(key) || Contains(value))
            {
                return true;
            }
        }

        return record.Associations.Any(a => Contains(a.Key) || a.Value.Any(Contains))
            || record.History.Any(h => Contains(h.Key) || h.Value.Any(e => Contains(e.Value) || Contains(e.SourceType)));
    }

    private static string Clean(string value) => value.Replace(Nul, Replacement);

    private static string? CleanOrNull(string? value) => value?.Replace(Nul, Replacement);
}
