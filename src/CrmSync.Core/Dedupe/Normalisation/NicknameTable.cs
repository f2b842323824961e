namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Given-name variants (Bob ↔ Robert, Bill ↔ William). Two names are variants when they share a group; the group
/// id of a name is also used as a blocking key so nicknames meet their formal names.
/// </summary>
public sealed class NicknameTable
{
    private readonly Dictionary<string, int[]> _groupsByName = new(StringComparer.Ordinal);

    public NicknameTable(IEnumerable<string>? extraLines = null)
    {
        var groupId = 0;
        foreach (var line in NicknameData.Default.Split('\n').Concat(extraLines ?? []))
        {
            var names = ParseLine(line);
            if (names.Count < 2)
            {
                continue;
            }

            groupId++;
            foreach (var name in names)
            {
                _groupsByName[name] = _groupsByName.TryGetValue(name, out var groups) ? [.. groups, groupId] : [groupId];
            }
        }
    }

    public static NicknameTable Default { get; } = new();

    /// <summary>The lowest group id of a folded name, or 0 when the name has no known variants.</summary>
    public int PrimaryGroup(string name) => _groupsByName.TryGetValue(name, out var groups) ? groups[0] : 0;

    public bool AreVariants(string a, string b)
    {
        if (!_groupsByName.TryGetValue(a, out var left) || !_groupsByName.TryGetValue(b, out var right))
        {
            return false;
        }

        foreach (var group in left)
        {
            if (Array.IndexOf(right, group) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses "formal: variant, variant"; malformed lines yield fewer than two names and are ignored.</summary>
    internal static List<string> ParseLine(string line)
    {
        var names = new List<string>();
        foreach (var part in line.Split([':', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = TextFolding.Squash(TextFolding.Fold(part));
            if (name.Length > 0 && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
