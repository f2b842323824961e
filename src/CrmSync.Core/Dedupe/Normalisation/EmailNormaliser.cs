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

    public NormalisedEmail? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var email = raw.Trim().ToLowerInvariant();
        if (email.StartsWith("mailto:", StringComparison.Ordinal))
        {
            email = email[7..];
        }

        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            return new NormalisedEmail(email, at > 0 ? email[..at] : email, "", false, false, false);
        }

        var local = email[..at];
        var domain = email[(at + 1)..].TrimEnd('.');
        var valid = domain.Contains('.') && !domain.StartsWith('.') && !domain.Contains(' ') && !local.Contains(' ');
        if (domain == "googlemail.com")
        {
            domain = "gmail.com";
        }

        if (PlusTagProviders.Contains(domain))
        {
            var plus = local.IndexOf('+');
            if (plus > 0)
            {
                local = local[..plus];
            }
        }

        if (domain == "gmail.com")
        {
            local = local.Replace(".", "");
        }

        var canonical = string.Concat(local, "@", domain);
        return new NormalisedEmail(canonical, local, domain, valid, freeMail.IsFreeMail(domain), RoleMailboxes.Contains(local));
    }
}
