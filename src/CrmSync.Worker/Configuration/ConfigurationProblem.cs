namespace CrmSync.Worker.Configuration;

/// <summary>One thing wrong with the configuration, with the full key it concerns.</summary>
public sealed record ConfigurationProblem(string Key, string Message)
{
    public override string ToString() => $"{Key}: {Message}";

    /// <summary>
    /// A problem as the connector and analyzer validators word it, starting with its full key
    /// (<c>"CrmSync:Connectors:a:BaseUrl: must be …"</c> or <c>"CrmSync:Connectors:a:StageAge:DefaultLimitDays must be …"</c>).
    /// A key segment may hold spaces (a stage label such as <c>Closed Won</c>): with <paramref name="configured"/>, the
    /// section <paramref name="fallbackKey"/> names, the key is the longest prefix ending at a space that is a
    /// configured key; without one (or when none matches, e.g. a default value out of range) it ends at the first space.
    /// </summary>
    public static ConfigurationProblem Parse(string text, string fallbackKey, IConfiguration? configured = null)
    {
        var split = text.IndexOf(' ');
        if (split <= 0 || !text.StartsWith(fallbackKey, StringComparison.OrdinalIgnoreCase))
            return new(fallbackKey, text);
        if (configured is not null)
            split = LongestConfiguredKeyEnd(text, fallbackKey, configured) ?? split;
        var key = text[..split].TrimEnd(':');
        return new(key, text[(split + 1)..]);
    }

    private static int? LongestConfiguredKeyEnd(string text, string fallbackKey, IConfiguration configured)
    {
        int? end = null;
        for (var space = text.IndexOf(' ', fallbackKey.Length); space > 0; space = text.IndexOf(' ', space + 1))
        {
            var relative = text[fallbackKey.Length..space].Trim(':');
            if (relative.Length > 0 && configured.GetSection(relative).Exists())
                end = space;
        }

        return end;
    }
}
