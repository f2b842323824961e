using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// In a group of people that holds a contact, the suggested primary is a contact: a lead is the newcomer that
/// duplicates someone the CRM already works with, never the record to keep. The engine's survivorship choice stands
/// when it is a contact (or when the group has only leads); otherwise the contact with the strongest link inside the
/// group is taken (ties: smallest key).
/// </summary>
internal static class ContactFirstPrimary
{
    public static IReadOnlyList<DuplicateGroup> Apply(IReadOnlyList<DuplicateGroup> groups, IReadOnlyList<DuplicatePair> pairs, DedupePopulation population)
    {
        if (!population.Records.Any(DedupePopulation.IsLead))
            return groups;
        return groups.Select(g => Prefer(g, pairs, population)).ToList();
    }

    private static DuplicateGroup Prefer(DuplicateGroup group, IReadOnlyList<DuplicatePair> pairs, DedupePopulation population)
    {
        if (!DedupePopulation.IsLead(population[group.PrimaryId]))
            return group;
        var contacts = group.MemberIds.Where(m => !DedupePopulation.IsLead(population[m])).ToHashSet(StringComparer.Ordinal);
        if (contacts.Count == 0)
            return group;

        var members = group.MemberIds.ToHashSet(StringComparer.Ordinal);
        var strongest = contacts.ToDictionary(c => c, _ => 0.0, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (!members.Contains(pair.IdA) || !members.Contains(pair.IdB))
                continue;
            foreach (var id in (ReadOnlySpan<string>)[pair.IdA, pair.IdB])
            {
                if (strongest.TryGetValue(id, out var best) && pair.Probability > best)
                    strongest[id] = pair.Probability;
            }
        }

        var primary = strongest.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
        return group with { PrimaryId = primary };
    }
}
