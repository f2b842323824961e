using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// A seeded company (account) population with the traps of real CRMs, written without regard to any matcher:
/// groups of companies sharing a brand word and a domain (and sometimes one head office and switchboard), branches
/// of one business (one name and domain, other street, phone and often city), unrelated companies with the same
/// common name in other cities, and 20 % planted duplicates with one to three fields changed: legal forms added,
/// dropped or written differently, abbreviations and acronyms, typos, website, phone and address variants, missing
/// values (<see cref="CompanyCorruptor"/>).
/// </summary>
internal static class CompanyPopulation
{
    private static readonly string[] Qualifiers = ["Downtown", "Westside", "North", "East", "Uptown", "Airport", "Midtown"];

    public static LabelledDataset Generate(int count, int seed)
    {
        var random = new Random(seed);
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var planted = new PlantedRecords("k", count, random);
        var corruptor = new CompanyCorruptor(random);
        var companies = 0;
        while (!planted.IsFull)
        {
            var unit = random.NextDouble() switch
            {
                < 0.12 => Group(random, domains, ref companies),
                < 0.25 => Branches(random, domains, ref companies),
                _ => [Standalone(random, domains, ref companies)],
            };
            foreach (var company in unit)
            {
                planted.Add(company.Entity, () => CompanyRecord.Write(company, random), corruptor.Corrupt);
            }
        }

        return planted.Finish($"companies_{count}", RecordKind.Company);
    }

    private static GeneratedCompany Standalone(Random random, HashSet<string> domains, ref int companies)
    {
        var brand = Pick(CompanyWords.Brands, random);
        var name = random.NextDouble() switch
        {
            < 0.1 => $"{brand} & Sons {Pick(CompanyWords.Industries, random)}",
            < 0.2 => $"International {Pick(CompanyWords.Industries, random)} Group",
            < 0.3 => $"{brand} {Pick(CompanyWords.Brands, random)} {Pick(CompanyWords.Industries, random)}",
            _ => $"{brand} {Pick(CompanyWords.Industries, random)}",
        };
        var city = UsPlaces.Pick(random);
        return New(ref companies, name, Legal(random), Domain(name, city, domains), city, random);
    }

    /// <summary>A holding and its subsidiaries: one brand word, often one domain, sometimes one head office.</summary>
    private static List<GeneratedCompany> Group(Random random, HashSet<string> domains, ref int companies)
    {
        var brand = Pick(CompanyWords.Brands, random);
        var city = UsPlaces.Pick(random);
        var shared = random.NextDouble() < 0.6 ? Domain($"{brand} group", city, domains) : null;
        var parent = New(ref companies, $"{brand} Holdings", Legal(random), shared ?? Domain($"{brand} holdings", city, domains), city, random);
        var members = new List<GeneratedCompany> { parent };
        var coLocated = random.NextDouble() < 0.5;
        foreach (var division in CompanyWords.Divisions.OrderBy(_ => random.Next()).Take(random.Next(2, 6)))
        {
            var name = $"{brand} {division}";
            var place = coLocated || random.NextDouble() < 0.5 ? city : UsPlaces.Pick(random);
            var member = New(ref companies, name, Legal(random), shared ?? Domain(name, place, domains), place, random);
            members.Add(coLocated ? member with { Street = parent.Street, Zip = parent.Zip, PhoneDigits = parent.PhoneDigits } : member);
        }

        return members;
    }

    /// <summary>Branches of one business: one name and domain, each its own street and phone, often its own city.</summary>
    private static List<GeneratedCompany> Branches(Random random, HashSet<string> domains, ref int companies)
    {
        var name = $"{Pick(CompanyWords.Brands, random)} {Pick(CompanyWords.Industries, random)}";
        var home = UsPlaces.Pick(random);
        var domain = Domain(name, home, domains);
        var legal = Legal(random);
        var branches = new List<GeneratedCompany>();
        for (var b = random.Next(2, 5); b > 0; b--)
        {
            var city = random.NextDouble() < 0.5 ? home : UsPlaces.Pick(random);
            var qualifier = random.NextDouble() switch
            {
                < 0.35 => $" - {city.Name}",
                < 0.6 => $" {Pick(Qualifiers, random)}",
                _ => "",
            };
            branches.Add(New(ref companies, name + qualifier, legal, domain, city, random));
        }

        return branches;
    }

    private static GeneratedCompany New(ref int companies, string name, string legal, string domain, UsPlaces.City city, Random random) => new(
        $"k{companies++}", name, legal, domain, UsPlaces.PhoneDigits(city, random),
        $"{random.Next(1, 9999)} {Pick(CompanyWords.Streets, random)} {Pick(CompanyWords.StreetTypes, random).Long}", city, UsPlaces.Zip(city, random));

    private static string Domain(string name, UsPlaces.City city, HashSet<string> domains)
    {
        var slug = EmailPatterns.Slug(name);
        var domain = $"{slug}.com";
        for (var n = 2; !domains.Add(domain); n++)
        {
            domain = n == 2 ? $"{slug}{EmailPatterns.Slug(city.Name)}.com" : $"{slug}{n}.com";
        }

        return domain;
    }

    private static string Legal(Random random) => Pick(CompanyWords.LegalForms, random);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
