using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// A name missing on one record, looked up in that record's email address: "alfiekelly@…" with no first name
/// still says the holder may be called Alfie. Only asked when one side lacks the name, so it never counts twice
/// what the name comparison already counted, and not when both records hold the same address: the other's name
/// in a shared address says nothing the email comparison did not (a family's john.smith@ on Mary's record).
/// </summary>
internal static class NameInEmail
{
    private const int MinimumName = 3;

    /// <summary>
    /// True when exactly one of the records has a name in <paramref name="column"/>, and that name (three letters
    /// or more) occurs in the local part of the other record's email.
    /// </summary>
    public static bool Found(RecordFeatures features, FeatureColumn column, int a, int b)
    {
        var names = features.Column(column);
        if ((names[a] >= 0) == (names[b] >= 0))
        {
            return false;
        }

        var (named, unnamed) = names[a] >= 0 ? (a, b) : (b, a);
        var emails = features.Column(FeatureColumn.Email);
        var email = emails[unnamed];
        if (email == emails[named])
        {
            return false;
        }

        var name = features.Pool(column)[names[named]];
        if (email < 0 || name.Length < MinimumName)
        {
            return false;
        }

        var address = features.Pool(FeatureColumn.Email)[email].AsSpan();
        var at = address.IndexOf('@');
        return (at < 0 ? address : address[..at]).Contains(name.AsSpan(), StringComparison.Ordinal);
    }
}
