namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Whether each of two names keeps a distinctive word of its own: a word the other name lacks that is neither a
/// linking word ("and", "of") nor a word of the record's own city ("le chardonnay (los angeles)"), and that no own
/// word of the other name abbreviates ("intl" / "international"). "cafe ritz carlton buckhead" and "dining room ritz
/// carlton buckhead" share a brand and a place but each names its own outlet; "le montrachet" and "le montrachet
/// bistro" differ by a qualifier on one side only.
/// </summary>
internal static class DistinctiveWords
{
    private const int MaxWords = 32;

    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal)
    {
        "and", "of", "the", "at", "on", "in", "de", "du", "la", "le", "des", "del",
    };

    /// <summary>
    /// <c>OneSideHasNone</c>: one name's words all occur in the other (up to linking and city words).
    /// <c>BothDistinct</c>: each name keeps a distinctive word of its own.
    /// </summary>
    public static (bool OneSideHasNone, bool BothDistinct) Relate(string nameA, string nameB, string cityA, string cityB)
    {
        var ownA = OwnWords(nameA, nameB, cityA);
        var ownB = OwnWords(nameB, nameA, cityB);
        if (ownA.Count == 0 || ownB.Count == 0)
        {
            return (true, false);
        }

        return (false, ownA.Any(a => !ownB.Any(b => Abbreviates(a, b))) && ownB.Any(b => !ownA.Any(a => Abbreviates(b, a))));
    }

    private static List<string> OwnWords(string name, string other, string city)
    {
        var otherWords = other.Split(' ', MaxWords, StringSplitOptions.RemoveEmptyEntries);
        var cityWords = city.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var own = new List<string>();
        foreach (var word in name.Split(' ', MaxWords, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!LinkingWords.Contains(word) && !cityWords.Contains(word) &&
                !otherWords.Any(o => TokenSimilarity.WordsAgree(word, o)))
            {
                own.Add(word);
            }
        }

        return own;
    }

    // Either word is the other's letters in order with the same first letter: "intl" / "international", "bros" / "brothers".
    private static bool Abbreviates(string a, string b)
    {
        var (shortWord, longWord) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shortWord.Length < 2 || shortWord[0] != longWord[0])
        {
            return false;
        }

        var next = 0;
        foreach (var c in longWord)
        {
            if (next < shortWord.Length && c == shortWord[next])
            {
                next++;
            }
        }

        return next == shortWord.Length;
    }
}
