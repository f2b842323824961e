namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, "Damerau-Levenshtein" as Splink
/// and recordlinkage use it), bounded: only the diagonal band of width 2·max + 1 is computed, with an early exit
/// once the distance must exceed <c>max</c>.
/// </summary>
public static class EditDistance
{
    private const int Beyond = int.MaxValue / 2;

    /// <summary>The distance, or <c>max + 1</c> when it is larger than <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Common prefix and suffix cost nothing and shrink the table.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        a = a[..^suffix];
        b = b[..^suffix];
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Min(Math.Max(a.Length, b.Length), max + 1);
        }

        if (max < Math.Max(a.Length, b.Length) && !LetterBag.EditsPossible(a.Length, b.Length, LetterBag.Shared(a, b), max))
        {
            return max + 1; // too few characters in common: the table need not be built
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j <= max ? j : Beyond;
            previous2[j] = Beyond;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // Cells farther than max from the diagonal cannot be within max.
            int from = Math.Max(1, i - max), to = Math.Min(b.Length, i + max);
            current[0] = i <= max ? i : Beyond;
            if (from > 1)
            {
                current[from - 1] = Beyond;
            }

            var rowMin = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (to < b.Length)
            {
                current[to + 1] = Beyond;
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>Levenshtein similarity in 0..1: 1 − distance / longer length.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - (double)Bounded(a, b, longer) / longer;
    }
}
