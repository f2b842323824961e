using System.Globalization;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Inspection;

/// <summary>Lists the planted near-duplicate pairs (the answer key for duplicate detection).</summary>
internal static class DuplicateCatalog
{
    public static List<PlantedDuplicate> List(SandboxStore store)
    {
        var pairs = new List<PlantedDuplicate>();
        var contacts = store.ContactSeed;
        foreach (var (original, duplicate, _) in contacts.Duplicates.All(contacts.Count))
        {
            contacts.TryGetDuplicate(duplicate, out _, out var variation);
            pairs.Add(Pair(ObjectTypes.Contacts, original, duplicate, ContactSeed.VariationName(variation)));
        }

        var companies = store.CompanySeed;
        foreach (var (original, duplicate, variation) in companies.Duplicates.All(companies.Count))
        {
            var name = variation switch
            {
                CompanySeed.SuffixVariation => "legal-suffix",
                CompanySeed.TypoVariation => "name-typo-www-domain",
                _ => "upper-case-no-domain",
            };
            pairs.Add(Pair(ObjectTypes.Companies, original, duplicate, name));
        }

        return pairs;
    }

    private static PlantedDuplicate Pair(ObjectTypeInfo type, long original, long duplicate, string variation) =>
        new(type.Name, (type.IdBase + original).ToString(CultureInfo.InvariantCulture), (type.IdBase + duplicate).ToString(CultureInfo.InvariantCulture), variation);
}
