using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Email levels: canonical exact, exact on a shared role mailbox (info@, sales@: weak, several people read it),
/// a typo (at most two character edits, three in addresses of 16 characters or more), the same local part at
/// another domain. Addresses built from the holder's names are near-identical for namesakes, so two addresses
/// that differ only in their numbering (john.smith2@ / john.smith@) are different, and a local part made of the
/// names alone (jsmith@gmail.com / jsmith@aol.com) counts only as the full address. Addresses mistyped in both
/// parts (each within two edits, more than a typo in all) are a weaker level of their own. Exact agreement is
/// adjusted for how many records share the address, the same local part for how many share that local part.
/// </summary>
internal sealed class EmailComparison() : FieldComparison(
    ComparisonKind.Email, "email", "exact", "exact shared mailbox", "typo", "same local part", "similar in both parts")
{
    private const int TypoEdits = 2;
    private const int LongAddressTypoEdits = 3;
    private const int LongAddress = 16;
    private const int SameLocalPart = 4;
    private const int SimilarParts = 5;
    private const int PartEdits = 2;

    public override FeatureColumn PresenceColumn => FeatureColumn.Email;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.Email;

    public override FeatureColumn? FrequencyColumnAt(int level) => level switch
    {
        1 or 2 => FeatureColumn.Email,
        SameLocalPart => FeatureColumn.EmailLocal,
        _ => null,
    };

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
            return EmailNames.AreNumberedApart(emailA, emailB) ? DifferentLevel : 3;
        }

        var local = features.Column(FeatureColumn.EmailLocal);
        var nameDerived = ((features.EmailFlags[a] | features.EmailFlags[b]) & EmailFlags.NameDerived) != 0;
        if (local[a] >= 0 && local[a] == local[b])
        {
            return nameDerived ? DifferentLevel : SameLocalPart;
        }

        return SimilarInBothParts(emailA, emailB) ? SimilarParts : DifferentLevel;
    }

    private static bool SimilarInBothParts(string emailA, string emailB)
    {
        int atA = emailA.IndexOf('@'), atB = emailB.IndexOf('@');
        return atA > 0 && atB > 0 &&
               EditDistance.Bounded(emailA.AsSpan(0, atA), emailB.AsSpan(0, atB), PartEdits) <= PartEdits &&
               EditDistance.Bounded(emailA.AsSpan(atA + 1), emailB.AsSpan(atB + 1), PartEdits) <= PartEdits &&
               !EmailNames.AreNumberedApart(emailA, emailB);
    }
}
