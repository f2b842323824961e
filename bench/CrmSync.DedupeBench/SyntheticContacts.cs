using Bogus;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>
/// A seeded synthetic CRM contact table with planted duplicates: about 15 % of people appear two or three times,
/// each copy altered the way CRM data drifts (nicknames, typos, email and phone format variants, company legal
/// suffixes, missing fields, occasionally swapped names). Names come from several Bogus locales and work emails
/// are unique per company (john.smith2@…), as in a real CRM; one English locale alone has so few names that a
/// million people would include thousands of same-name colleagues sharing one address.
/// </summary>
internal static class SyntheticContacts
{
    private static readonly string[] FreeMail = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"];
    private static readonly string[] Suffixes = ["", " Inc", " Inc.", " LLC", " Ltd", " Corp", " Group"];
    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["William"] = "Bill", ["Robert"] = "Bob", ["Richard"] = "Dick", ["James"] = "Jim", ["John"] = "Jack", ["Michael"] = "Mike",
        ["Elizabeth"] = "Liz", ["Margaret"] = "Peggy", ["Katherine"] = "Kate", ["Thomas"] = "Tom", ["Joseph"] = "Joe",
        ["Christopher"] = "Chris", ["Daniel"] = "Dan", ["Matthew"] = "Matt", ["Anthony"] = "Tony", ["Jennifer"] = "Jen",
        ["Patricia"] = "Pat", ["Samuel"] = "Sam", ["Benjamin"] = "Ben", ["Alexander"] = "Alex", ["Nicholas"] = "Nick",
    };

    private static readonly string[] Locales = ["en", "de", "fr", "es", "it", "nl", "pl", "pt_BR", "sv", "nb_NO", "fi", "cz", "tr", "en_IE", "ro", "hr"];

    private sealed record Company(string Name, string Domain, string Phone, string Street, string City, string State, string Zip);

    private sealed record NamePool(string[] First, string[] Last);

    public static LabelledDataset Generate(int count, int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var random = new Random(seed);
        var companies = Enumerable.Range(0, Math.Max(10, count / 20)).Select(_ => NewCompany(faker)).ToArray();
        var names = Names(seed);
        var usedEmails = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<DedupeRecord>(count);
        var entityOf = new Dictionary<string, string>(count);
        var entity = 0;
        while (records.Count < count)
        {
            var person = NewPerson(faker, random, companies, names, usedEmails);
            var copies = random.NextDouble() switch { < 0.03 => 3, < 0.15 => 2, _ => 1 };
            for (var copy = 0; copy < copies && records.Count < count; copy++)
            {
                var id = $"c{records.Count:D7}";
                var values = copy == 0 ? person : Perturb(person, random);
                records.Add(new DedupeRecord(id, values));
                entityOf[id] = $"e{entity}";
            }

            entity++;
        }

        Shuffle(records, random);
        return new LabelledDataset($"synthetic_{count}", RecordKind.Person, records, entityOf);
    }

    private static Company NewCompany(Faker faker)
    {
        var name = faker.Company.CompanyName(0).Replace(",", "");
        var slug = new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(18).ToArray());
        return new Company(name, $"{slug}{faker.Random.Number(10, 999)}.{faker.PickRandom("com", "io", "net", "co.uk")}",
            faker.Phone.PhoneNumber("(###) ###-####").Replace("(0", "(2").Replace("(1", "(3"), faker.Address.StreetAddress(),
            faker.Address.City(), faker.Address.StateAbbr(), faker.Address.ZipCode("#####"));
    }

    private static NamePool Names(int seed)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        var last = new HashSet<string>(StringComparer.Ordinal);
        foreach (var locale in Locales)
        {
            var faker = new Faker(locale) { Random = new Randomizer(seed) };
            for (var i = 0; i < 4000; i++)
            {
                first.Add(faker.Name.FirstName());
                last.Add(faker.Name.LastName());
            }
        }

        return new NamePool(first.Order(StringComparer.Ordinal).ToArray(), last.Order(StringComparer.Ordinal).ToArray());
    }

    private static RoleValues NewPerson(Faker faker, Random random, Company[] companies, NamePool names, HashSet<string> usedEmails)
    {
        var first = names.First[random.Next(names.First.Length)];
        var last = names.Last[random.Next(names.Last.Length)];
        var company = random.NextDouble() < 0.8 ? companies[random.Next(companies.Length)] : null;
        var number = random.Next(1, 9999);
        var local = new string($"{first}.{last}".ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == '.').ToArray());
        var email = company is not null && random.NextDouble() < 0.7
            ? $"{local}@{company.Domain}"
            : $"{local.Replace(".", random.NextDouble() < 0.5 ? "." : "")}{number}@{FreeMail[random.Next(FreeMail.Length)]}";
        for (var suffix = 2; !usedEmails.Add(email); suffix++)
        {
            var at = email.IndexOf('@');
            email = $"{email[..at].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')}{suffix}{email[at..]}";
        }

        var values = new RoleValues
        {
            [FieldRole.FirstName] = first,
            [FieldRole.LastName] = last,
            [FieldRole.Email] = email.ToLowerInvariant(),
            [FieldRole.Phone] = $"{random.Next(201, 990)}-{random.Next(200, 999)}-{random.Next(0, 10000):D4}",
            [FieldRole.CompanyName] = company is null ? null : company.Name + Suffixes[random.Next(Suffixes.Length)],
            [FieldRole.Website] = company?.Domain,
            [FieldRole.City] = company?.City ?? faker.Address.City(),
            [FieldRole.State] = company?.State ?? faker.Address.StateAbbr(),
            [FieldRole.Postcode] = company?.Zip,
            [FieldRole.CreatedAt] = DateTimeOffset.FromUnixTimeSeconds(1_500_000_000 + random.Next(0, 200_000_000)).ToString("O"),
        };
        return values;
    }

    private static RoleValues Perturb(RoleValues original, Random random)
    {
        var copy = new RoleValues();
        foreach (var role in FieldRoles.All)
        {
            copy[role] = original[role];
        }

        var changes = random.Next(1, 4);
        for (var i = 0; i < changes; i++)
        {
            switch (random.Next(9))
            {
                case 0:
                    copy[FieldRole.FirstName] = Nicknames.TryGetValue(copy[FieldRole.FirstName] ?? "", out var nick) ? nick : Typo(copy[FieldRole.FirstName], random);
                    break;
                case 1:
                    copy[FieldRole.LastName] = Typo(copy[FieldRole.LastName], random);
                    break;
                case 2:
                    copy[FieldRole.Email] = EmailVariant(copy[FieldRole.Email], random);
                    break;
                case 3:
                    copy[FieldRole.Phone] = PhoneVariant(copy[FieldRole.Phone], random);
                    break;
                case 4:
                    copy[FieldRole.CompanyName] = copy[FieldRole.CompanyName] is { } name ? name.Split(' ')[0] + Suffixes[random.Next(Suffixes.Length)] : null;
                    break;
                case 5:
                    copy[FieldRole.Email] = null;
                    break;
                case 6:
                    copy[FieldRole.Phone] = null;
                    break;
                case 7:
                    copy[FieldRole.City] = Typo(copy[FieldRole.City], random);
                    break;
                default:
                    if (random.NextDouble() < 0.3)
                    {
                        (copy[FieldRole.FirstName], copy[FieldRole.LastName]) = (copy[FieldRole.LastName], copy[FieldRole.FirstName]);
                    }
                    else
                    {
                        copy[FieldRole.FirstName] = copy[FieldRole.FirstName]?.ToUpperInvariant();
                    }

                    break;
            }
        }

        return copy;
    }

    private static string? Typo(string? value, Random random)
    {
        if (value is null || value.Length < 3)
        {
            return value;
        }

        var chars = value.ToCharArray();
        var at = random.Next(1, chars.Length - 1);
        switch (random.Next(3))
        {
            case 0:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 1:
                return value.Remove(at, 1);
            default:
                chars[at] = (char)('a' + random.Next(26));
                return new string(chars);
        }
    }

    private static string? EmailVariant(string? email, Random random)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@');
        return random.Next(3) switch
        {
            0 => email.ToUpperInvariant(),
            1 => email.Insert(at, "+crm"),
            _ => Typo(email[..at], random) + email[at..],
        };
    }

    private static string? PhoneVariant(string? phone, Random random)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return random.Next(3) switch
        {
            0 => $"({digits[..3]}) {digits[3..6]}-{digits[6..]}",
            1 => $"+1 {digits[..3]} {digits[3..6]} {digits[6..]}",
            _ => $"{digits[..3]}.{digits[3..6]}.{digits[6..]} x{random.Next(10, 99)}",
        };
    }

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
