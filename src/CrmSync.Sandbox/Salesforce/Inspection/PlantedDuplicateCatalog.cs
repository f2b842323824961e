using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Seeding;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Inspection;

/// <summary>Lists the planted pairs of the seed; pairs with a record already in the Recycle Bin are left out.</summary>
internal static class PlantedDuplicateCatalog
{
    public static List<SalesforcePlantedDuplicate> List(OrgSeed seed)
    {
        var pairs = new List<SalesforcePlantedDuplicate>();
        var leads = seed.Leads;
        foreach (var (original, duplicate, _) in leads.People.Duplicates.All(leads.Count))
        {
            var (_, _, variation) = leads.People.Classify((int)duplicate);
            Add(pairs, "Lead", "00Q", (int)original, leads, "Lead", "00Q", (int)duplicate, leads, LeadPeople.VariationName(LeadKind.LeadDuplicate, variation));
        }

        for (var lead = 1; lead <= leads.Count; lead++)
        {
            if (leads.People.Classify(lead) is (LeadKind.ContactDuplicate, var contact, var variation))
            {
                Add(pairs, "Contact", "003", contact, seed.Contacts, "Lead", "00Q", lead, leads, LeadPeople.VariationName(LeadKind.ContactDuplicate, variation));
            }
        }

        var contacts = seed.Contacts;
        foreach (var (original, duplicate, _) in contacts.Seed.Duplicates.All(contacts.Count))
        {
            contacts.Seed.TryGetDuplicate(duplicate, out _, out var variation);
            Add(pairs, "Contact", "003", (int)original, contacts, "Contact", "003", (int)duplicate, contacts, ContactSeed.VariationName(variation));
        }

        var accounts = seed.Accounts;
        foreach (var (original, duplicate, variation) in accounts.Companies.Duplicates.All(accounts.Count))
        {
            var name = variation switch
            {
                CompanySeed.SuffixVariation => "legal-suffix",
                CompanySeed.TypoVariation => "name-typo-www-domain",
                _ => "upper-case-no-domain",
            };
            Add(pairs, "Account", "001", (int)original, accounts, "Account", "001", (int)duplicate, accounts, name);
        }

        return pairs;
    }

    private static void Add(List<SalesforcePlantedDuplicate> pairs, string originalType, string originalPrefix, int original, SeededRecordSource originals,
        string duplicateType, string duplicatePrefix, int duplicate, SeededRecordSource duplicates, string variation)
    {
        if (!originals.IsDeleted(original) && !duplicates.IsDeleted(duplicate))
        {
            pairs.Add(new SalesforcePlantedDuplicate(originalType, SalesforceId.Make(originalPrefix, original), duplicateType, SalesforceId.Make(duplicatePrefix, duplicate), variation));
        }
    }
}
