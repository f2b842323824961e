namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// How many characters two values have in common as multisets: an upper bound on the matching characters of
/// Jaro-Winkler and on max(length) minus the edit distance. Computing it is far cheaper than either, so pairs
/// of unrelated names or addresses are ruled out before the expensive comparison runs.
/// </summary>
internal static class LetterBag
{
    /// <summary>The shared character count (exact for ASCII; the shorter length when either value has other characters).</summary>
    public static int Shared(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<short> counts = stackalloc short[128];
        foreach (var c in a)
        {
            if (c >= 128)
            {
                return Math.Min(a.Length, b.Length);
            }

            counts[c]++;
        }

        var shared = 0;
        foreach (var c in b)
        {
            if (c >= 128)
            {
                return Math.Min(a.Length, b.Length);
            }

            if (counts[c] > 0)
            {
                counts[c]--;
                shared++;
            }
        }

        return shared;
    }

    /// <summary>False when <paramref name="shared"/> common characters prove the edit distance exceeds <paramref name="maxEdits"/>.</summary>
    public static bool EditsPossible(int lengthA, int lengthB, int shared, int maxEdits) => Math.Max(lengthA, lengthB) - shared <= maxEdits;
}
