using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// How a blocking pass splits a block above the cap instead of dropping it: by a second key, then a third, chosen
/// so that duplicates of one entity still share them (a shared inbox by its members' first names, a common name by
/// birth year, a city by initials). Records lacking the part form a sub-block of their own. Only blocks above the
/// cap are split, so small tables block exactly as before and large ones keep their comparisons linear.
/// </summary>
internal static class BlockRefinements
{
    private const int Missing = int.MinValue;

    public static KeyPart[] For(BlockingKeyKind kind, RecordKind records) => (kind, records) switch
    {
        (BlockingKeyKind.Email, _) => [KeyPart.FirstName, KeyPart.LastNamePhonetic],
        (BlockingKeyKind.Phone, RecordKind.Company) => [KeyPart.CompanyNamePrefix, KeyPart.StreetNumber],
        (BlockingKeyKind.Phone, _) => [KeyPart.LastNamePhonetic, KeyPart.FirstName],
        (BlockingKeyKind.NationalId, _) => [KeyPart.BirthYear, KeyPart.LastInitial],
        (BlockingKeyKind.NamePhonetic, _) => [KeyPart.BirthYear, KeyPart.City, KeyPart.PhoneSuffix],
        (BlockingKeyKind.LastNamePhoneticDateOfBirth, _) => [KeyPart.FirstInitial, KeyPart.City],
        (BlockingKeyKind.FirstNamePhoneticDateOfBirth, _) => [KeyPart.LastInitial, KeyPart.City],
        (BlockingKeyKind.FirstInitialLastNamePhoneticEmailDomain, _) => [KeyPart.BirthYear, KeyPart.City],
        (BlockingKeyKind.FirstInitialLastNamePhoneticCompany, _) => [KeyPart.City, KeyPart.BirthYear],
        (BlockingKeyKind.LastNamePhoneticPostcode or BlockingKeyKind.LastNamePhoneticCity, _) => [KeyPart.FirstInitial, KeyPart.BirthYear, KeyPart.PhoneSuffix],
        (BlockingKeyKind.EmailLocalPart, _) => [KeyPart.FirstInitial, KeyPart.LastInitial],
        (BlockingKeyKind.DateOfBirth, _) => [KeyPart.FirstInitial, KeyPart.LastInitial],
        (BlockingKeyKind.FirstNamePhoneticCity, _) => [KeyPart.BirthYear, KeyPart.LastInitial, KeyPart.PhoneSuffix],
        (BlockingKeyKind.DateOfBirthPostcode or BlockingKeyKind.DateOfBirthCity, _) => [KeyPart.FirstInitial, KeyPart.LastInitial],
        (BlockingKeyKind.FirstNameBirthYear, _) => [KeyPart.LastInitial, KeyPart.City, KeyPart.PhoneSuffix],
        (BlockingKeyKind.LastNamePhoneticBirthYear, _) => [KeyPart.FirstInitial, KeyPart.City, KeyPart.PhoneSuffix],
        (BlockingKeyKind.Domain, _) => [KeyPart.City, KeyPart.CompanyNamePrefix],
        (BlockingKeyKind.CompanyName, _) => [KeyPart.City, KeyPart.Postcode],
        (BlockingKeyKind.CompanyNamePrefixCity, _) => [KeyPart.Postcode, KeyPart.StreetNumber],
        (BlockingKeyKind.CompanyAcronymCity, _) => [KeyPart.Postcode],
        (BlockingKeyKind.StreetAddress, _) => [KeyPart.CompanyNamePrefix],
        (BlockingKeyKind.CompanyNamePrefixPostcode, _) => [KeyPart.StreetNumber],
        _ => [],
    };

    /// <summary>The key one level down: the block key combined with the record's part (or "missing").</summary>
    public static ulong Refine(ulong key, KeyPart part, RecordFeatures f, int i) =>
        KeyHash.Finish(KeyHash.Add(KeyHash.Add(key, (int)part), Value(part, f, i)));

    /// <summary>The record's key in a pass: the block key, refined while the (sub-)block it falls in was split.</summary>
    public static ulong Effective(ulong key, KeyPart[] chain, IReadOnlySet<ulong> refined, RecordFeatures f, int i)
    {
        for (var level = 0; key != 0 && level < chain.Length && refined.Contains(key); level++)
        {
            key = Refine(key, chain[level], f, i);
        }

        return key;
    }

    private static int Value(KeyPart part, RecordFeatures f, int i) => part switch
    {
        KeyPart.FirstInitial => Initial(f.Text(FeatureColumn.FirstName, i)),
        KeyPart.LastInitial => Initial(f.Text(FeatureColumn.LastName, i)),
        KeyPart.FirstName => BlockingKeyBuilder.FirstNameKey(f, i) is var name and not -1 ? name : Missing,
        KeyPart.LastNamePhonetic => OrMissing(f.Column(FeatureColumn.LastPhonetic)[i]),
        KeyPart.BirthYear => BlockingKeyBuilder.BirthYear(f, i) is var year and >= 0 ? year : Missing,
        KeyPart.City => OrMissing(f.Column(FeatureColumn.City)[i]),
        KeyPart.Postcode => OrMissing(f.Column(FeatureColumn.Postcode)[i]),
        KeyPart.PhoneSuffix => f.PhoneTail[i] >= 0 ? f.PhoneTail[i] % 100 : Missing,
        KeyPart.CompanyNamePrefix => f.Text(FeatureColumn.Company, i) is { } name ? (int)KeyHash.Add(0, TextFolding.Squash(name).AsSpan(0, Math.Min(4, TextFolding.Squash(name).Length))) : Missing,
        KeyPart.StreetNumber => OrMissing(f.Column(FeatureColumn.StreetNumber)[i]),
        _ => Missing,
    };

    private static int Initial(string? name) => string.IsNullOrEmpty(name) ? Missing : name[0];

    private static int OrMissing(int id) => id >= 0 ? id : Missing;
}
