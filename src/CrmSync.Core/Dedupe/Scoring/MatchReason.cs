using System.Globalization;
using System.Text;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// The human-readable "why": fields that agreed (with their weight in bits), fields that disagreed, and fields
/// missing on one side, strongest evidence first; then a related-entity class that made the match less likely.
/// Written for every reported pair, so it builds one string and little else.
/// </summary>
internal static class MatchReason
{
    [ThreadStatic]
    private static StringBuilder? _text;

    public readonly record struct Part(string Field, string Level, int LevelIndex, double Bits);

    /// <param name="alternative">A related-entity class that lowers the probability, and by how many bits.</param>
    public static string Format(Span<Part> parts, (string Description, double Bits)? alternative = null)
    {
        // Strongest agreement first, strongest disagreement first, each sorted in place (a handful of parts).
        parts.Sort((x, y) => Rank(x).CompareTo(Rank(y)));
        var text = _text ??= new StringBuilder(256);
        text.Clear();
        Section(text, parts, "agreed", p => p.LevelIndex != 0 && p.Bits > 0);
        Section(text, parts, "disagreed", p => p.LevelIndex != 0 && p.Bits <= 0);
        Section(text, parts, "missing", p => p.LevelIndex == 0);
        if (alternative is { } related)
        {
            text.Append(text.Length > 0 ? "; " : "").Append("more likely: ").Append(related.Description)
                .Append(CultureInfo.InvariantCulture, $" {related.Bits:+0.0;-0.0;0.0}");
        }

        return text.ToString();
    }

    // Agreements by falling weight, then disagreements by rising weight, then the missing fields.
    private static (int Group, double Order) Rank(Part part) => part switch
    {
        { LevelIndex: 0 } => (2, 0),
        { Bits: > 0 } => (0, -part.Bits),
        _ => (1, part.Bits),
    };

    private static void Section(StringBuilder text, Span<Part> parts, string heading, Func<Part, bool> include)
    {
        var first = true;
        foreach (var part in parts)
        {
            if (!include(part))
            {
                continue;
            }

            text.Append(first ? (text.Length > 0 ? "; " : "") + heading + ": " : ", ").Append(part.Field);
            if (part.LevelIndex != 0)
            {
                text.Append(' ').Append(part.Level).Append(CultureInfo.InvariantCulture, $" {part.Bits:+0.0;-0.0;0.0}");
            }

            first = false;
        }
    }
}
