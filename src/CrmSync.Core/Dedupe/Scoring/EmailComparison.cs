using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Email levels: canonical exact, exact on a shared role mailbox (info@, sales@: weak, several people read it),
/// a typo (at most two character edits, three in addresses of 16 characters or more; Jaro-Winkler would call
/// colleagues' addresses at one long domain similar), the same local part at another domain.
/// </summary>
internal sealed class EmailComparison() : FieldComparison(
    ComparisonKind.Email, "email", "exact", "exact shared mailbox", "typo", "same local part")
{
    private const int TypoEdits = 2;
    private const int LongAddressTypoEdits = 3;
    private const int LongAddress = 16;

    public override FeatureColumn PresenceColumn => FeatureColumn.Email;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var email = features.Column(FeatureColumn.Email);
        if (!BothPresent(email, a, b))
        {
            return MissingLevel;
        }

        if (email[a] == email[b])
        {
            return (features.EmailFlags[a] & EmailFlags.RoleMailbox) != 0 ? 2 : 1;
        }

        var pool = features.Pool(FeatureColumn.Email);
        string emailA = pool[email[a]], emailB = pool[email[b]];
        var allowed = Math.Min(emailA.Length, emailB.Length) >= LongAddress ? LongAddressTypoEdits : TypoEdits;
        if (EditDistance.Bounded(emailA, emailB, allowed) <= allowed)
        {
            return 3;
        }

        var local = features.EmailLocalKey;
        return local[a] != 0 && local[a] == local[b] ? 4 : DifferentLevel;
    }
}
