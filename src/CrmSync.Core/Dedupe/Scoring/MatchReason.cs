using System.Globalization;
using System.Text;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// The human-readable "why": fields that agreed (with their weight in bits), fields that disagreed, and fields
/// missing on one side, strongest evidence first.
/// </summary>
internal static class MatchReason
{
    public readonly record struct Part(string Field, string Level, int LevelIndex, double Bits);

    /// <param name="alternative">A related-entity class that lowers the probability, and by how many bits.</param>
    public static string Format(IEnumerable<Part> parts, (string Description, double Bits)? alternative = null)
    {
        var all = parts.ToList();
        var agreed = all.Where(p => p.LevelIndex != 0 && p.Bits > 0).OrderByDescending(p => p.Bits).ToList();
        var disagreed = all.Where(p => p.LevelIndex != 0 && p.Bits <= 0).OrderBy(p => p.Bits).ToList();
        var missing = all.Where(p => p.LevelIndex == 0).Select(p => p.Field).ToList();

        var text = new StringBuilder();
        Append(text, "agreed", agreed.Select(Describe));
        Append(text, "disagreed", disagreed.Select(Describe));
        Append(text, "missing", missing);
        if (alternative is { } related)
        {
            Append(text, "more likely", [string.Create(CultureInfo.InvariantCulture, $"{related.Description} {related.Bits:+0.0;-0.0;0.0}")]);
        }

        return text.ToString();
    }

    private static string Describe(Part part) =>
        string.Create(CultureInfo.InvariantCulture, $"{part.Field} {part.Level} {part.Bits:+0.0;-0.0;0.0}");

    private static void Append(StringBuilder text, string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append("; ");
        }

        text.Append(heading).Append(": ").AppendJoin(", ", list);
    }
}
