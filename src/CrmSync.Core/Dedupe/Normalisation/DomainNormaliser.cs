namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Website or email domain → registrable domain: scheme, credentials, port, path, query and "www." removed,
/// then reduced to name + public suffix ("https://shop.acme.co.uk/x" → "acme.co.uk"). Free-mail domains and
/// values without a dot give null: they say nothing about which company a record belongs to.
/// </summary>
public sealed class DomainNormaliser(FreeMailDomains freeMail)
{
    public string? RegistrableDomain(string? website)
    {
        if (string.IsNullOrWhiteSpace(website))
        {
            return null;
        }

        var host = Host(website.Trim().ToLowerInvariant());
        if (host.Length == 0 || !host.Contains('.') || host.Contains(' ') || IsIpAddress(host))
        {
            return null;
        }

        var registrable = Reduce(host);
        return freeMail.IsFreeMail(registrable) || freeMail.IsFreeMail(host) ? null : registrable;
    }

    private static string Host(string value)
    {
        var start = value.IndexOf("://", StringComparison.Ordinal);
        var host = start >= 0 ? value[(start + 3)..] : value;
        var at = host.IndexOf('@');
        var end = host.IndexOfAny(['/', '?', '#']);
        if (at >= 0 && (end < 0 || at < end))
        {
            host = host[(at + 1)..];
            end = host.IndexOfAny(['/', '?', '#']);
        }

        if (end >= 0)
        {
            host = host[..end];
        }

        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }

        return host.Trim('.');
    }

    private static string Reduce(string host)
    {
        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length <= 2)
        {
            return string.Join('.', labels);
        }

        var lastTwo = $"{labels[^2]}.{labels[^1]}";
        var keep = PublicSuffixes.IsMultiLabelSuffix(lastTwo) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    private static bool IsIpAddress(string host) => host.All(c => char.IsAsciiDigit(c) || c == '.');
}
