namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Folds person names (case, accents, punctuation), strips titles and generational suffixes, and splits a full
/// name when the first and last names are not given separately ("Smith, John" and "Dr John A. Smith Jr").
/// </summary>
public static class PersonNameNormaliser
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "fr", "herr", "frau",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "dds", "cpa", "jnr", "snr",
    };

    public static NormalisedPersonName Normalise(string? first, string? last, string? full = null)
    {
        var firstTokens = Tokens(first);
        var lastTokens = Tokens(last);
        if (firstTokens.Count == 0 && lastTokens.Count == 0 && !string.IsNullOrWhiteSpace(full))
        {
            (firstTokens, lastTokens) = SplitFullName(full);
        }

        var firstName = firstTokens.Count > 0 ? firstTokens[0] : "";
        var lastName = string.Concat(lastTokens);
        return new NormalisedPersonName(firstName, lastName);
    }

    /// <summary>The folded first given name of a first-name field ("Dr. Mary Ann" → "mary").</summary>
    public static string FirstName(string? first)
    {
        var tokens = Tokens(first);
        return tokens.Count > 0 ? tokens[0] : "";
    }

    /// <summary>The folded surname of a last-name field, spaces removed ("Mc Donald Jr" → "mcdonald").</summary>
    public static string LastName(string? last) => string.Concat(Tokens(last));

    private static (List<string> First, List<string> Last) SplitFullName(string full)
    {
        var comma = full.IndexOf(',');
        if (comma > 0)
        {
            return (Tokens(full[(comma + 1)..]), Tokens(full[..comma]));
        }

        var tokens = Tokens(full);
        return tokens.Count switch
        {
            0 => ([], []),
            1 => ([], tokens),
            _ => ([tokens[0]], [tokens[^1]]),
        };
    }

    private static List<string> Tokens(string? value)
    {
        var folded = TextFolding.Fold(value);
        var tokens = new List<string>(2);
        if (folded.Length == 0)
        {
            return tokens;
        }

        foreach (var token in folded.Split(' '))
        {
            if (!Titles.Contains(token) && !Suffixes.Contains(token))
            {
                tokens.Add(token);
            }
        }

        // A value made only of a title ("Dr") keeps it rather than becoming empty.
        if (tokens.Count == 0)
        {
            tokens.Add(TextFolding.Squash(folded));
        }

        return tokens;
    }
}
