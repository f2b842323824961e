using CrmSync.Core.Analysis;
using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// The four duplicate properties of every record of one run's population: set for group members, null (cleared) for
/// the rest. Each value goes to its record's own object type (a lead's to leads), and <c>duplicate_of</c> holds the
/// primary's CRM id (a contact's id on a lead that duplicates it).
/// </summary>
internal static class DuplicateValues
{
    private const int MaxReasonLength = 1_000;

    public static IEnumerable<ComputedValue> For(DedupePopulation population, IReadOnlyList<DuplicateGroup> groups, DedupeResult result, double matchThreshold)
    {
        var groupOf = new Dictionary<string, DuplicateGroup>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.MemberIds)
                groupOf[member] = group;
        }

        var best = BestLinks(result.Pairs, groupOf, matchThreshold);
        foreach (var record in population.Records)
        {
            var key = DedupePopulation.KeyOf(record);
            var (objectType, id) = (record.ObjectType, record.Id);
            groupOf.TryGetValue(key, out var group);
            best.TryGetValue(key, out var link);
            yield return new(objectType, id, DuplicateProperties.Group, group?.GroupId);
            yield return new(objectType, id, DuplicateProperties.DuplicateOf,
                group is null || group.PrimaryId == key ? null : population[group.PrimaryId].Id);
            yield return new(objectType, id, DuplicateProperties.Score,
                group is null ? null : DuplicateAnalyzer.FormatScore(link?.Probability ?? group.Score));
            yield return new(objectType, id, DuplicateProperties.Reason,
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
