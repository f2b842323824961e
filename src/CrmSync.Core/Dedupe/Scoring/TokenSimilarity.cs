namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Word-level similarity of space-separated folded values. Two words agree when equal or, for words of four
/// letters or more, when Jaro-Winkler ≥ 0.9 (a typo inside a word) or one abbreviates the other.
/// </summary>
public static class TokenSimilarity
{
    private const double WordAgreement = 0.9;

    /// <summary>Shared words / all distinct words (a fuzzy Jaccard index).</summary>
    public static double Jaccard(string a, string b)
    {
        var (shared, countA, countB) = Overlap(a, b);
        return shared == 0 ? 0.0 : (double)shared / (countA + countB - shared);
    }

    /// <summary>Shared words / words of the shorter value: 1 when one value's words all occur in the other.</summary>
    public static double Containment(string a, string b)
    {
        var (shared, countA, countB) = Overlap(a, b);
        return shared == 0 ? 0.0 : (double)shared / Math.Min(countA, countB);
    }

    private static (int Shared, int CountA, int CountB) Overlap(string a, string b)
    {
        Span<Range> wordsA = stackalloc Range[32];
        Span<Range> wordsB = stackalloc Range[32];
        var countA = a.AsSpan().Split(wordsA, ' ', StringSplitOptions.RemoveEmptyEntries);
        var countB = b.AsSpan().Split(wordsB, ' ', StringSplitOptions.RemoveEmptyEntries);
        Span<bool> usedB = stackalloc bool[countB];
        var shared = 0;
        for (var i = 0; i < countA; i++)
        {
            var wordA = a.AsSpan()[wordsA[i]];
            for (var j = 0; j < countB; j++)
            {
                if (!usedB[j] && WordsAgree(wordA, b.AsSpan()[wordsB[j]]))
                {
                    usedB[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return (shared, countA, countB);
    }

    // "deli" / "delicatessen": a word of four letters or more that starts the other is an abbreviation of it.
    internal static bool WordsAgree(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.SequenceEqual(b) ||
        (a.Length >= 4 && b.Length >= 4 && (a.StartsWith(b) || b.StartsWith(a) || JaroWinkler.Similarity(a, b) >= WordAgreement));
}
