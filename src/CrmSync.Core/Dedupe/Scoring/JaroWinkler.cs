namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4, boost above 0.7 as in Winkler's paper), written
/// allocation-free because it runs on every candidate pair. Agrees with F23.StringSimilarity's JaroWinkler.
/// </summary>
public static class JaroWinkler
{
    private const double BoostThreshold = 0.7;
    private const double PrefixScale = 0.1;

    /// <summary>
    /// True unless a cheap upper bound proves the similarity is below <paramref name="threshold"/>: matching
    /// characters cannot exceed the shared letter counts, and the prefix bonus is at most 0.4 of the remainder.
    /// </summary>
    public static bool CouldReach(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double threshold) =>
        a.Length == 0 || b.Length == 0 || CouldReach(a.Length, b.Length, LetterBag.Shared(a, b), threshold);

    /// <summary>As above, with the shared character count (<see cref="LetterBag.Shared"/>) already known.</summary>
    internal static bool CouldReach(int lengthA, int lengthB, int shared, double threshold)
    {
        var jaroBound = ((double)shared / lengthA + (double)shared / lengthB + 1.0) / 3.0;
        return jaroBound + 4 * PrefixScale * (1.0 - jaroBound) >= threshold;
    }

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1.0 : 0.0;
        }

        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        var window = Math.Max(b.Length / 2 - 1, 0);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            // Vectorised search for the first unmatched occurrence of a[i] inside the window.
            var offset = start;
            while (offset <= end)
            {
                var found = b[offset..(end + 1)].IndexOf(a[i]);
                if (found < 0)
                {
                    break;
                }

                var j = offset + found;
                if (!bMatched[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }

                offset = j + 1;
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        var maxPrefix = Math.Min(4, a.Length);
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + prefix * PrefixScale * (1.0 - jaro);
    }
}
