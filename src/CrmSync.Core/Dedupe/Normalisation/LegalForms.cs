namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Legal-form words stripped from the end of company names, as folded token sequences ("l.l.c." folds to
/// "l l c"). Written for CrmSync from the legal forms of the main markets, in the spirit of cleanco's term list.
/// Words that describe a company rather than its legal form ("group", "holdings", "international") stay: a
/// holding and its subsidiary ("Acme Holdings" / "Acme Logistics") must not become "acme" and "acme logistics".
/// </summary>
internal static class LegalForms
{
    public static readonly string[][] Sequences = Build(
        "incorporated", "inc", "llc", "l l c", "ltd", "limited", "corp", "corporation", "co", "company", "plc",
        "gmbh", "mbh", "kg", "co kg", "ag", "sa", "s a", "sas", "s a s", "sarl", "s a r l", "bv", "b v", "nv", "n v",
        "oy", "oyj", "ab", "as", "a s", "asa", "aps", "spa", "s p a", "srl", "s r l", "sp z o o", "kk", "llp",
        "l l p", "lp", "l p", "pty", "pte", "pvt", "private", "lda", "sl", "s l", "se", "ohg", "ug", "ev", "kgaa",
        "sro", "s r o", "doo", "kft", "zrt", "bhd", "sdn", "pllc", "pc", "and co", "and company", "the");

    private static string[][] Build(params string[] forms) =>
        forms.Select(form => form.Split(' ')).OrderByDescending(tokens => tokens.Length).ToArray();
}
