namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Canonical emails: trimmed and lowercased; Gmail dots and plus tags removed (googlemail → gmail); plus tags
/// removed for the large providers known to support them. Dots are only folded for Gmail, the one provider
/// that ignores them.
/// </summary>
public sealed class EmailNormaliser(FreeMailDomains freeMail)
{
    private static readonly HashSet<string> PlusTagProviders = new(StringComparer.Ordinal)
    {
        "gmail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "pm.me", "fastmail.com", "yahoo.com",
    };

    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.Ordinal)
    {
        "info", "sales", "admin", "administrator", "noreply", "no-reply", "donotreply", "support", "contact",
        "hello", "office", "team", "billing", "accounts", "marketing", "hr", "jobs", "careers", "webmaster",
        "postmaster", "enquiries", "inquiries", "help", "service", "mail", "reception",
    };

    // Domains repeat across a table (gmail.com): one string each, found by span without a substring per record.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _domains = new(StringComparer.Ordinal);

    public NormalisedEmail? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var email = raw.Trim().ToLowerInvariant(); // the same instance when already clean
        if (email.StartsWith("mailto:", StringComparison.Ordinal))
        {
            email = email[7..];
        }

        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            return new NormalisedEmail(email, at > 0 ? at : email.Length, "", false, false, false);
        }

        var local = email.AsSpan(0, at);
        var domain = Intern(email.AsSpan(at + 1).TrimEnd('.'));
        var valid = domain.Contains('.') && !domain.StartsWith('.') && !domain.Contains(' ') && !local.Contains(' ');
        domain = domain == "googlemail.com" ? "gmail.com" : domain;
        if (PlusTagProviders.Contains(domain) && local.IndexOf('+') is > 0 and var plus)
        {
            local = local[..plus];
        }

        var canonical = domain == "gmail.com" && local.Contains('.')
            ? string.Concat(local.ToString().Replace(".", ""), "@", domain)
            : local.Length == at && domain.Length == email.Length - at - 1 ? email : string.Concat(local, "@", domain);
        var localLength = canonical.IndexOf('@');
        var roleMailbox = RoleMailboxes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(canonical.AsSpan(0, localLength));
        return new NormalisedEmail(canonical, localLength, domain, valid, freeMail.IsFreeMail(domain), roleMailbox);
    }

    private string Intern(ReadOnlySpan<char> domain)
    {
        var lookup = _domains.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(domain, out var interned))
        {
            return interned;
        }

        var text = domain.ToString();
        return _domains.Count < 100_000 ? _domains.GetOrAdd(text, text) : text;
    }
}
