using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>Computes one record's key for a blocking pass (0 when the record lacks a part of the key).</summary>
internal static class BlockingKeyBuilder
{
    private const int NamePrefixLength = 4;

    public static ulong Key(BlockingKeyKind kind, RecordFeatures f, int i) => kind switch
    {
        BlockingKeyKind.Email => (f.EmailFlags[i] & (EmailFlags.Valid | EmailFlags.RoleMailbox)) == EmailFlags.Valid ? Of(kind, Id(f, FeatureColumn.Email, i)) : 0,
        BlockingKeyKind.Phone => Of(kind, Id(f, FeatureColumn.Phone, i)),
        BlockingKeyKind.NationalId => Of(kind, Id(f, FeatureColumn.NationalId, i)),
        BlockingKeyKind.NamePhonetic => Unordered(kind, Id(f, FeatureColumn.FirstPhonetic, i), Id(f, FeatureColumn.LastPhonetic, i)),
        BlockingKeyKind.LastNamePhoneticDateOfBirth => Of(kind, Id(f, FeatureColumn.LastPhonetic, i), Id(f, FeatureColumn.DateOfBirth, i)),
        BlockingKeyKind.FirstNamePhoneticDateOfBirth => Of(kind, FirstNameKey(f, i), Id(f, FeatureColumn.DateOfBirth, i)),
        BlockingKeyKind.FirstInitialLastNamePhoneticEmailDomain => Of(kind, FirstInitial(f, i), Id(f, FeatureColumn.LastPhonetic, i), WorkEmailDomain(f, i)),
        BlockingKeyKind.FirstInitialLastNamePhoneticCompany => Of(kind, FirstInitial(f, i), Id(f, FeatureColumn.LastPhonetic, i), Id(f, FeatureColumn.Company, i)),
        BlockingKeyKind.LastNamePhoneticPostcode => Of(kind, Id(f, FeatureColumn.LastPhonetic, i), Id(f, FeatureColumn.Postcode, i)),
        BlockingKeyKind.LastNamePhoneticCity => Of(kind, Id(f, FeatureColumn.LastPhonetic, i), Id(f, FeatureColumn.City, i)),
        BlockingKeyKind.EmailLocalPart => Of(kind, Id(f, FeatureColumn.EmailLocal, i)),
        BlockingKeyKind.DateOfBirth => Of(kind, Id(f, FeatureColumn.DateOfBirth, i)),
        BlockingKeyKind.FirstNameBirthYear => Of(kind, FirstNameKey(f, i), BirthYear(f, i)),
        BlockingKeyKind.LastNamePhoneticBirthYear => Of(kind, Id(f, FeatureColumn.LastPhonetic, i), BirthYear(f, i)),
        BlockingKeyKind.FirstNamePhoneticCity => Of(kind, FirstNameKey(f, i), Id(f, FeatureColumn.City, i)),
        BlockingKeyKind.DateOfBirthPostcode => Of(kind, Id(f, FeatureColumn.DateOfBirth, i), Id(f, FeatureColumn.Postcode, i)),
        BlockingKeyKind.DateOfBirthCity => Of(kind, Id(f, FeatureColumn.DateOfBirth, i), Id(f, FeatureColumn.City, i)),
        BlockingKeyKind.Domain => Of(kind, Id(f, FeatureColumn.Domain, i)),
        BlockingKeyKind.CompanyName => Of(kind, Id(f, FeatureColumn.Company, i)),
        BlockingKeyKind.CompanyNamePrefixCity => Prefixed(kind, f.Text(FeatureColumn.Company, i), Id(f, FeatureColumn.City, i)),
        BlockingKeyKind.CompanyAcronymCity => Of(kind, Id(f, FeatureColumn.CompanyAcronym, i), Id(f, FeatureColumn.City, i)),
        BlockingKeyKind.CompanyNamePrefixPostcode => Prefixed(kind, f.Text(FeatureColumn.Company, i), Id(f, FeatureColumn.Postcode, i)),
        BlockingKeyKind.StreetAddress => StreetAddress(kind, f, i),
        BlockingKeyKind.EmailNeighbours => 0, // ordered, not keyed (see NeighbourWindows)
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown blocking key."),
    };

    private static int Id(RecordFeatures f, FeatureColumn column, int i) => f.Column(column)[i];

    // Nickname group when the name has variants (bob → robert's group), otherwise its phonetic code.
    public static int FirstNameKey(RecordFeatures f, int i)
    {
        var group = f.FirstNameGroup[i];
        return group > 0 ? -1 - group : Id(f, FeatureColumn.FirstPhonetic, i);
    }

    /// <summary>The year of a date of birth (kept when day and month are swapped or mistyped), −1 when unknown.</summary>
    public static int BirthYear(RecordFeatures f, int i)
    {
        if (f.Text(FeatureColumn.DateOfBirth, i) is not { Length: >= 4 } digits)
        {
            return -1;
        }

        var year = 0;
        for (var d = 0; d < 4; d++)
        {
            year = char.IsAsciiDigit(digits[d]) ? (year * 10) + (digits[d] - '0') : -1;
            if (year < 0)
            {
                return -1;
            }
        }

        return year;
    }

    private static int FirstInitial(RecordFeatures f, int i) => f.Text(FeatureColumn.FirstName, i) is { } name ? name[0] : -1;

    // A free-mail domain says nothing about who the person is: "j + SM0 + gmail.com" would be one huge block.
    private static int WorkEmailDomain(RecordFeatures f, int i) =>
        (f.EmailFlags[i] & EmailFlags.FreeMail) != 0 ? -1 : Id(f, FeatureColumn.EmailDomain, i);

    private static ulong StreetAddress(BlockingKeyKind kind, RecordFeatures f, int i)
    {
        var number = Id(f, FeatureColumn.StreetNumber, i);
        var street = f.Text(FeatureColumn.Address, i);
        if (number < 0 || street is null)
        {
            return 0;
        }

        var word = street.Split(' ').FirstOrDefault(w => !char.IsAsciiDigit(w[0]) && w.Length > 1);
        var place = Id(f, FeatureColumn.City, i) >= 0 ? Id(f, FeatureColumn.City, i) : Id(f, FeatureColumn.Postcode, i);
        if (word is null || place < 0)
        {
            return 0;
        }

        return KeyHash.Finish(KeyHash.Add(KeyHash.Add(KeyHash.Add(KeyHash.Start((int)kind), number), place), word));
    }

    private static ulong Prefixed(BlockingKeyKind kind, string? text, int other)
    {
        if (text is null || other < 0)
        {
            return 0;
        }

        var squashed = TextFolding.Squash(text);
        var prefix = squashed.AsSpan(0, Math.Min(NamePrefixLength, squashed.Length));
        return KeyHash.Finish(KeyHash.Add(KeyHash.Add(KeyHash.Start((int)kind), other), prefix));
    }

    private static ulong Unordered(BlockingKeyKind kind, int a, int b) =>
        a < 0 || b < 0 ? 0 : Of(kind, Math.Min(a, b), Math.Max(a, b));

    private static ulong Of(BlockingKeyKind kind, int a)
    {
        return a < 0 ? 0 : KeyHash.Finish(KeyHash.Add(KeyHash.Start((int)kind), a));
    }

    private static ulong Of(BlockingKeyKind kind, int a, int b) =>
        a == -1 || b == -1 ? 0 : KeyHash.Finish(KeyHash.Add(KeyHash.Add(KeyHash.Start((int)kind), a), b));

    private static ulong Of(BlockingKeyKind kind, int a, int b, int c) =>
        a == -1 || b == -1 || c == -1 ? 0 : KeyHash.Finish(KeyHash.Add(KeyHash.Add(KeyHash.Add(KeyHash.Start((int)kind), a), b), c));
}
