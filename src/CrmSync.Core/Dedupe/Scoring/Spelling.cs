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

    public static bool IsClose(string a, string b) => MightBeClose(a, b) && IsClose(a, b, JaroWinkler.Similarity(a, b));

    /// <summary>
    /// How alike two names are: Jaro-Winkler ≥ 0.92 (very close), <see cref="IsClose(string, string)"/>, or —
    /// weaker, for a level of its own the model weighs — within two edits (dacian / dayan, lars / lus).
    /// </summary>
    public static (bool VeryClose, bool Close, bool TwoEdits) Grade(string a, string b)
    {
        if (!MightBeClose(a, b))
        {
            return (false, false, false);
        }

        var similarity = JaroWinkler.Similarity(a, b);
        var close = IsClose(a, b, similarity);
        return (similarity >= VeryCloseJaroWinkler, close, !close && Math.Min(a.Length, b.Length) >= 3 && EditDistance.Bounded(a, b, 2) <= 2);
    }

    /// <summary>
    /// False when the values share too few characters for any test of <see cref="IsClose(string, string)"/> to
    /// pass (Jaro-Winkler, edit distance, same letters): most pairs of unrelated names end here, cheaply.
    /// </summary>
    public static bool MightBeClose(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var shared = LetterBag.Shared(a, b);
        return JaroWinkler.CouldReach(a.Length, b.Length, shared, CloseJaroWinkler) || LetterBag.EditsPossible(a.Length, b.Length, shared, 2);
    }

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
