namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Consumer mailbox providers: their domains never identify a company, so they are neither a company domain
/// nor a blocking key. Providers with many country domains (yahoo.*, hotmail.*) match on their first label.
/// </summary>
public sealed class FreeMailDomains
{
    private static readonly string[] DefaultDomains =
    [
        "gmail.com", "googlemail.com", "ymail.com", "rocketmail.com", "msn.com", "aol.com", "icloud.com", "me.com",
        "mac.com", "proton.me", "protonmail.com", "pm.me", "web.de", "mail.ru", "bk.ru", "inbox.ru", "list.ru",
        "qq.com", "163.com", "126.com", "sina.com", "zoho.com", "fastmail.com", "tutanota.com", "gmx.net",
        "mail.com", "email.com", "inbox.com", "rediffmail.com", "naver.com", "hanmail.net", "seznam.cz",
        "wp.pl", "o2.pl", "interia.pl", "libero.it", "virgilio.it", "orange.fr", "free.fr", "laposte.net",
        "sfr.fr", "wanadoo.fr", "t-online.de", "freenet.de", "btinternet.com", "sky.com", "comcast.net",
        "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "earthlink.net",
        "shaw.ca", "rogers.com", "sympatico.ca", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "hey.com",
    ];

    private static readonly string[] DefaultProviderLabels = ["yahoo", "hotmail", "outlook", "live", "gmx", "yandex"];

    private readonly HashSet<string> _domains;
    private readonly HashSet<string> _providerLabels;

    public FreeMailDomains(IEnumerable<string>? extraDomains = null)
    {
        _domains = new HashSet<string>(DefaultDomains, StringComparer.Ordinal);
        _providerLabels = new HashSet<string>(DefaultProviderLabels, StringComparer.Ordinal);
        foreach (var extra in extraDomains ?? [])
        {
            var domain = extra.Trim().ToLowerInvariant();
            if (domain.EndsWith(".*", StringComparison.Ordinal))
            {
                _providerLabels.Add(domain[..^2]);
            }
            else if (domain.Length > 0)
            {
                _domains.Add(domain);
            }
        }
    }

    public static FreeMailDomains Default { get; } = new();

    public bool IsFreeMail(string? domain)
    {
        if (string.IsNullOrEmpty(domain))
        {
            return false;
        }

        if (_domains.Contains(domain))
        {
            return true;
        }

        var dot = domain.IndexOf('.');
        return dot > 0 && _providerLabels.Contains(domain[..dot]);
    }
}
