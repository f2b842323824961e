namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// "Probably the same word, mistyped": Jaro-Winkler ≥ 0.88 (fastLink's partial cut), an edit distance of one
/// (two for words of six letters or more, transpositions counting once), or the same letters in another order
/// (Atkinnos / Atkinson).
/// </summary>
internal static class Spelling
{
    public const double CloseJaroWinkler = 0.88;
    public const double VeryCloseJaroWinkler = 0.92;

    public static bool IsClose(string a, string b) => IsClose(a, b, JaroWinkler.Similarity(a, b));

    /// <summary>As <see cref="IsClose(string, string)"/> when the Jaro-Winkler similarity is already known.</summary>
    public static bool IsClose(string a, string b, double jaroWinkler)
    {
        if (jaroWinkler >= CloseJaroWinkler)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 3)
        {
            return false;
        }

        var allowed = shorter >= 6 ? 2 : 1;
        if (Math.Abs(a.Length - b.Length) > allowed)
        {
            return false;
        }

        return EditDistance.Bounded(a, b, allowed) <= allowed || SameLetters(a, b);
    }

    public static bool SameLetters(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length || a.Length > 64)
        {
            return false;
        }

        Span<char> left = stackalloc char[a.Length];
        Span<char> right = stackalloc char[b.Length];
        a.CopyTo(left);
        b.CopyTo(right);
        left.Sort();
        right.Sort();
        return left.SequenceEqual(right);
    }
}
