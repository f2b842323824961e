namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// Deterministic 64-bit hashing of blocking-key parts (string.GetHashCode is randomised per process, and keys
/// must be the same across runs and between the batch run and the incremental index). 0 means "no key".
/// </summary>
internal static class KeyHash
{
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Start(int pass) => Mix(0xCBF29CE484222325UL ^ (ulong)(pass + 1));

    public static ulong Add(ulong hash, int part) => Mix(hash ^ ((ulong)(uint)part * 0x9E3779B97F4A7C15UL));

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        var h = hash;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h ^ (ulong)text.Length);
    }

    public static ulong Finish(ulong hash) => hash == 0 ? 1 : hash;

    /// <summary>A stable 64-bit hash of a string (FNV-1a then a finaliser), also used for group ids.</summary>
    public static ulong Of(string text) => Of(text.AsSpan());

    public static ulong Of(ReadOnlySpan<char> text) => Finish(Add(0xCBF29CE484222325UL, text));

    // The SplitMix64 finaliser: spreads every input bit over the whole word.
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
