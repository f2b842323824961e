using CrmSync.Core.Analysis;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;

namespace CrmSync.Core.Duplicates;

/// <summary>The four duplicate properties of every record of one type: set for group members, null (cleared) for the rest.</summary>
internal static class DuplicateValues
{
    private const int MaxReasonLength = 1_000;

    public static IEnumerable<ComputedValue> For(string objectType, IReadOnlyList<CrmRecord> records, DedupeResult result, double matchThreshold)
    {
        var groupOf = new Dictionary<string, DuplicateGroup>(StringComparer.Ordinal);
        foreach (var group in result.Groups)
        {
            foreach (var member in group.MemberIds)
                groupOf[member] = group;
        }

        var best = BestLinks(result.Pairs, groupOf, matchThreshold);
        foreach (var record in records)
        {
            groupOf.TryGetValue(record.Id, out var group);
            best.TryGetValue(record.Id, out var link);
            yield return new(objectType, record.Id, DuplicateProperties.Group, group?.GroupId);
            yield return new(objectType, record.Id, DuplicateProperties.DuplicateOf,
                group is null || group.PrimaryId == record.Id ? null : group.PrimaryId);
            yield return new(objectType, record.Id, DuplicateProperties.Score,
                group is null ? null : DuplicateAnalyzer.FormatScore(link?.Probability ?? group.Score));
            yield return new(objectType, record.Id, DuplicateProperties.Reason,
                group is null ? null : Truncate(link?.Reason ?? "grouped through other members"));
        }
    }

    /// <summary>Each grouped record's strongest link to another member of its own group.</summary>
    private static Dictionary<string, DuplicatePair> BestLinks(
        IReadOnlyList<DuplicatePair> pairs, Dictionary<string, DuplicateGroup> groupOf, double matchThreshold)
    {
        var best = new Dictionary<string, DuplicatePair>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (pair.Probability < matchThreshold
                || !groupOf.TryGetValue(pair.IdA, out var a) || !groupOf.TryGetValue(pair.IdB, out var b) || a != b)
            {
                continue;
            }

            foreach (var id in (ReadOnlySpan<string>)[pair.IdA, pair.IdB])
            {
                if (!best.TryGetValue(id, out var current) || pair.Probability > current.Probability)
                    best[id] = pair;
            }
        }

        return best;
    }

    private static string Truncate(string reason) =>
        reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "…";
}
