using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>Picks a group's suggested surviving record by the configured <see cref="SurvivorshipRule"/>.</summary>
internal static class PrimarySelector
{
    public static int Select(IReadOnlyList<int> members, RecordFeatures features, SurvivorshipRule rule)
    {
        var best = members[0];
        for (var i = 1; i < members.Count; i++)
        {
            if (Compare(members[i], best, features, rule) < 0)
            {
                best = members[i];
            }
        }

        return best;
    }

    /// <summary>Negative when <paramref name="a"/> is the better primary.</summary>
    private static int Compare(int a, int b, RecordFeatures f, SurvivorshipRule rule)
    {
        var byRule = rule switch
        {
            SurvivorshipRule.Oldest => CompareKnownTimes(Time(f.CreatedAt[a]), Time(f.CreatedAt[b]), earlierWins: true),
            SurvivorshipRule.MostRecentlyActive => CompareKnownTimes(Time(f.LastActivityAt[a]), Time(f.LastActivityAt[b]), earlierWins: false),
            _ => f.Completeness[b].CompareTo(f.Completeness[a]),
        };
        if (byRule != 0)
        {
            return byRule;
        }

        var tieBreak = rule == SurvivorshipRule.MostComplete
            ? CompareKnownTimes(Time(f.CreatedAt[a]), Time(f.CreatedAt[b]), earlierWins: true)
            : f.Completeness[b].CompareTo(f.Completeness[a]);
        return tieBreak != 0 ? tieBreak : string.CompareOrdinal(f.Ids[a], f.Ids[b]);
    }

    private static long? Time(string? raw) => DateNormaliser.ToUnixSeconds(raw);

    // A record with a known time beats one without.
    private static int CompareKnownTimes(long? a, long? b, bool earlierWins)
    {
        if (a == b)
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? 1 : -1;
        }

        return earlierWins ? a.Value.CompareTo(b.Value) : b.Value.CompareTo(a.Value);
    }
}
