namespace CrmSync.Worker.Configuration;

/// <summary>One thing wrong with the configuration, with the full key it concerns.</summary>
public sealed record ConfigurationProblem(string Key, string Message)
{
    public override string ToString() => $"{Key}: {Message}";

    /// <summary>
    /// A problem as the connector and analyzer validators word it, starting with its full key
    /// (<c>"CrmSync:Connectors:a:BaseUrl: must be …"</c> or <c>"CrmSync:Connectors:a:StageAge:DefaultLimitDays must be …"</c>).
    /// </summary>
    public static ConfigurationProblem Parse(string text, string fallbackKey)
    {
        var split = text.IndexOf(' ');
        if (split <= 0 || !text.StartsWith(fallbackKey, StringComparison.OrdinalIgnoreCase))
            return new(fallbackKey, text);
        var key = text[..split].TrimEnd(':');
        return new(key, text[(split + 1)..]);
    }
}
