using CrmSync.Core.Dedupe.Blocking;

namespace CrmSync.Core.Dedupe;

/// <summary>
/// Stable group ids. With last run's assignments, each previous group id moves to the new group holding most of
/// its former members (greedy by overlap, each id used once), so a group keeps its id when members join or
/// leave. Other groups get "dg-" + a 64-bit hash of their smallest member id (ordinal order): the same group
/// gets the same id in every run even without history, and no id is ever reused for unrelated records by chance
/// of ordering.
/// </summary>
public static class GroupIdAssigner
{
    public static IReadOnlyList<string> Assign(IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlyDictionary<string, string>? previous)
    {
        var ids = new string?[groups.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (previous is { Count: > 0 })
        {
            CarryOver(groups, previous, ids, used);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (ids[g] is not null)
            {
                continue;
            }

            var baseId = DerivedId(groups[g]);
            var id = baseId;
            for (var suffix = 2; !used.Add(id); suffix++)
            {
                id = $"{baseId}-{suffix}";
            }

            ids[g] = id;
        }

        return ids!;
    }

    public static string DerivedId(IReadOnlyList<string> memberIds)
    {
        var smallest = memberIds.Min(StringComparer.Ordinal) ?? throw new ArgumentException("A group needs members.", nameof(memberIds));
        return $"dg-{KeyHash.Of(smallest):x16}";
    }

    private static void CarryOver(IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlyDictionary<string, string> previous, string?[] ids, HashSet<string> used)
    {
        var overlaps = new List<(int Group, string PreviousId, int Overlap)>();
        for (var g = 0; g < groups.Count; g++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in groups[g])
            {
                if (previous.TryGetValue(member, out var previousId))
                {
                    counts[previousId] = counts.GetValueOrDefault(previousId) + 1;
                }
            }

            overlaps.AddRange(counts.Select(c => (g, c.Key, c.Value)));
        }

        foreach (var (group, previousId, _) in overlaps.OrderByDescending(o => o.Overlap).ThenBy(o => o.PreviousId, StringComparer.Ordinal).ThenBy(o => o.Group))
        {
            if (ids[group] is null && used.Add(previousId))
            {
                ids[group] = previousId;
            }
        }
    }
}
