namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// How people's emails look in a CRM: personal free-mail in several patterns (some of them, initial + surname at a
/// big provider, reused by different people over the years), work addresses, shared inboxes of a company (some of
/// them role names a stop-list knows, some not), and family addresses one household shares.
/// </summary>
internal sealed class EmailPatterns(Random random)
{
    private static readonly (string Domain, double Weight)[] Providers =
    [
        ("gmail.com", 38), ("yahoo.com", 14), ("hotmail.com", 8), ("aol.com", 6), ("outlook.com", 7), ("comcast.net", 6),
        ("icloud.com", 6), ("att.net", 4), ("verizon.net", 3), ("sbcglobal.net", 3), ("msn.com", 2), ("btinternet.com", 1),
        ("bellsouth.net", 2),
    ];

    public static readonly string[] SharedInboxNames =
    [
        "sales", "accounts", "info", "office", "admin", "team", "enquiries", "bookings", "orders", "finance", "purchasing",
        "frontdesk", "reservations", "projects",
    ];

    private readonly WeightedTable<string> _providers = new(Providers.Select(p => (p.Domain, p.Weight)).ToList());
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Provider() => _providers.Next(random);

    /// <summary>A personal free-mail address; only the bare initial + surname pattern may repeat across people.</summary>
    public string Personal(string first, string last, DateOnly? dateOfBirth)
    {
        var (f, l) = (Slug(first), Slug(last));
        var provider = Provider();
        var roll = random.NextDouble();
        if (roll < 0.09)
        {
            return $"{f[0]}{l}@{provider}"; // jtaylor@…: several people over the years
        }

        var local = roll switch
        {
            < 0.38 => $"{f}.{l}",
            < 0.56 => $"{f}{l}{random.Next(1, 100)}",
            < 0.74 => $"{f[0]}{l}{random.Next(1, 1000)}",
            < 0.86 => $"{f}{(dateOfBirth?.Year ?? 1900 + random.Next(40, 100)) % 100:D2}",
            _ => $"{l}{f[0]}",
        };
        return Unique(local, provider);
    }

    /// <summary>first.last@ or flast@ the employer's domain, unique within the domain.</summary>
    public string Work(string first, string last, GeneratedEmployer employer)
    {
        var (f, l) = (Slug(first), Slug(last));
        var email = Unique(random.NextDouble() < 0.6 ? $"{f}.{l}" : $"{f[0]}{l}", employer.Domain);
        employer.WorkEmails.Add(email);
        return email;
    }

    public string SharedInbox(GeneratedEmployer employer) =>
        $"{employer.SharedInboxes[random.Next(employer.SharedInboxes.Length)]}@{employer.Domain}";

    /// <summary>An address a household shares: "taylorfamily@", "thetaylors@", "johnandmary@".</summary>
    public string Family(string last, string firstA, string firstB)
    {
        var l = Slug(last);
        var local = random.Next(3) switch
        {
            0 => $"{l}family",
            1 => $"the{l}s",
            _ => $"{Slug(firstA)}and{Slug(firstB)}",
        };
        return Unique(local, Provider());
    }

    private string Unique(string local, string domain)
    {
        var email = $"{local}@{domain}";
        for (var n = 2; !_taken.Add(email); n++)
        {
            email = $"{local}{n}@{domain}";
        }

        return email;
    }

    public static string Slug(string name) => new(name.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
}
