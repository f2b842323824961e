namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Company basenames: folded, "&amp;" read as "and", legal forms stripped repeatedly from the end
/// ("Acme Holdings GmbH &amp; Co. KG" → "acme"), a leading "the" dropped. A name made only of legal words is kept.
/// </summary>
public static class CompanyNameNormaliser
{
    private static readonly HashSet<string> AcronymStopWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "de", "du", "la", "le" };

    public static NormalisedCompanyName Normalise(string? raw)
    {
        var folded = TextFolding.Fold(raw?.Replace("&", " and ", StringComparison.Ordinal).Replace("+", " and ", StringComparison.Ordinal));
        if (folded.Length == 0)
        {
            return new NormalisedCompanyName("", "");
        }

        var tokens = new List<string>(folded.Split(' '));
        StripLegalForms(tokens);
        if (tokens.Count > 1 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        var basename = string.Join(' ', tokens);
        return new NormalisedCompanyName(basename, Acronym(tokens));
    }

    private static void StripLegalForms(List<string> tokens)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            // "gmbh & co kg" leaves a dangling "and" once "co kg" is gone.
            if (tokens.Count > 1 && tokens[^1] == "and")
            {
                tokens.RemoveAt(tokens.Count - 1);
            }

            foreach (var form in LegalForms.Sequences)
            {
                if (tokens.Count > form.Length && EndsWith(tokens, form))
                {
                    tokens.RemoveRange(tokens.Count - form.Length, form.Length);
                    stripped = true;
                    break;
                }
            }
        }
    }

    private static bool EndsWith(List<string> tokens, string[] form)
    {
        var offset = tokens.Count - form.Length;
        for (var i = 0; i < form.Length; i++)
        {
            if (tokens[offset + i] != form[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Acronym(List<string> tokens)
    {
        var words = tokens.Where(t => !AcronymStopWords.Contains(t)).ToList();
        return words.Count < 2 ? "" : string.Concat(words.Select(w => w[0]));
    }
}
