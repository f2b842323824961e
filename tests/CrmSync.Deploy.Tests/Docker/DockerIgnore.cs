using System.Text.RegularExpressions;

namespace CrmSync.Deploy.Tests.Docker;

/// <summary>The patterns of a .dockerignore (Go filepath.Match with <c>**</c>, as BuildKit reads them; no <c>!</c> exceptions).</summary>
public sealed class DockerIgnore(IReadOnlyList<Regex> patterns)
{
    public static DockerIgnore Load(string path) => new(File.ReadAllLines(path)
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(ToRegex)
        .ToList());

    /// <summary>Whether the context path (relative, with '/') or one of its parent folders is excluded.</summary>
    public bool Excludes(string relativePath)
    {
        var parts = relativePath.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('/', parts[..i]);
            if (patterns.Any(p => p.IsMatch(prefix)))
                return true;
        }

        return false;
    }

    private static Regex ToRegex(string pattern)
    {
        var body = Regex.Escape(pattern.Trim('/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{body}$", RegexOptions.CultureInvariant);
    }
}
