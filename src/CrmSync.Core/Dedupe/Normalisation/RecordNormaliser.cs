using System.Globalization;
using CrmSync.Core.Dedupe.Blocking;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>Turns one <see cref="DedupeRecord"/> into its matching keys. Thread-safe.</summary>
internal sealed class RecordNormaliser
{
    public const int MissingDay = int.MinValue;
    private const int MinLocalPartLength = 4;

    private readonly EmailNormaliser _emails;
    private readonly PhoneNormaliser _phones;
    private readonly DomainNormaliser _domains;
    private readonly PhoneticCache _phonetics = new();
    private readonly bool _monthFirst;
    private readonly BoundedMemo<string> _firstNames = new(PersonNameNormaliser.FirstName);
    private readonly BoundedMemo<string> _lastNames = new(PersonNameNormaliser.LastName);
    private readonly BoundedMemo<NormalisedCompanyName> _companies = new(CompanyNameNormaliser.Normalise);
    private readonly BoundedMemo<string?> _websites;
    private readonly BoundedMemo<string?> _emailDomains;
    private readonly BoundedMemo<string> _places = new(TextFolding.Fold);
    private readonly BoundedMemo<string> _codes = new(AddressNormaliser.Code);
    private readonly BoundedMemo<NormalisedDate?> _dates;

    public RecordNormaliser(DedupeSettings settings)
    {
        var freeMail = new FreeMailDomains(settings.ExtraFreeMailDomains);
        _emails = new EmailNormaliser(freeMail);
        _phones = new PhoneNormaliser(settings.DefaultRegion);
        _domains = new DomainNormaliser(freeMail);
        _websites = new BoundedMemo<string?>(_domains.RegistrableDomain);
        _emailDomains = new BoundedMemo<string?>(_domains.RegistrableDomain);
        Nicknames = new NicknameTable(settings.ExtraNicknames);
        _monthFirst = settings.DefaultRegion.Equals("US", StringComparison.OrdinalIgnoreCase);
        _dates = new BoundedMemo<NormalisedDate?>(raw => DateNormaliser.Normalise(raw, _monthFirst));
    }

    public NicknameTable Nicknames { get; }

    public NormalisedFields Normalise(DedupeRecord record)
    {
        // Compact records are read in place; others are read into one array (keys matched case-insensitively).
        var compact = record.Fields as RoleValues;
        var roles = compact is null ? record.ReadRoles() : null;
        string? Role(FieldRole role) => compact is not null ? compact[role] : roles![(int)role];

        var fields = new NormalisedFields { DateOfBirthDay = MissingDay };
        SetNames(ref fields, Names(Role(FieldRole.FirstName), Role(FieldRole.LastName), Role(FieldRole.FullName)));

        var email = _emails.Normalise(Role(FieldRole.Email));
        if (email is not null)
        {
            fields.Email = email.Canonical;
            fields.EmailLocal = email.IsRoleMailbox || email.LocalLength < MinLocalPartLength ? 0 : KeyHash.Of(email.LocalSpan);
            fields.EmailDomain = email.Domain.Length > 0 ? email.Domain : null;
            fields.EmailFlags = (email.IsValid ? EmailFlags.Valid : 0) | (email.IsFreeMail ? EmailFlags.FreeMail : 0) |
                                (email.IsRoleMailbox ? EmailFlags.RoleMailbox : 0) |
                                (EmailNames.IsNameDerived(email.LocalSpan, fields.FirstName, fields.LastName) ? EmailFlags.NameDerived : 0);
        }

        fields.Phone = _phones.ToNumber(Role(FieldRole.Phone));
        fields.PhoneTail = fields.Phone >= 10_000_000 ? (int)(fields.Phone % 10_000_000) : -1;

        var company = Role(FieldRole.CompanyName) is { } companyName ? _companies.Get(companyName) : default;
        fields.Company = NullIfEmpty(company.Basename);
        fields.CompanyAcronym = NullIfEmpty(company.Acronym);
        fields.Domain = Role(FieldRole.Website) is { } website ? _websites.Get(website) : null;
        if (fields.Domain is null && email is { IsValid: true, IsFreeMail: false })
        {
            fields.Domain = _emailDomains.Get(email.Domain);
            fields.EmailFlags |= fields.Domain is null ? 0 : EmailFlags.DomainFromEmail;
        }

        var address = AddressNormaliser.Normalise(Role(FieldRole.Address));
        fields.Address = NullIfEmpty(address.Street);
        fields.StreetNumber = NullIfEmpty(AddressNormaliser.Code(Role(FieldRole.StreetNumber))) ?? NullIfEmpty(address.Number);
        fields.Address2 = NullIfEmpty(AddressNormaliser.Normalise(Role(FieldRole.Address2)).Street);
        fields.City = Memo(_places, Role(FieldRole.City));
        fields.Postcode = Memo(_codes, Role(FieldRole.Postcode));
        fields.State = Memo(_places, Role(FieldRole.State));
        fields.NationalId = NullIfEmpty(AddressNormaliser.Code(Role(FieldRole.NationalId)));

        var dob = Role(FieldRole.DateOfBirth) is { } rawDate ? _dates.Get(rawDate) : null;
        fields.DateOfBirth = dob?.Digits;
        fields.DateOfBirthDay = dob?.DayNumber ?? MissingDay;

        // Timestamps are parsed only when a group's primary is chosen: most records never need them.
        fields.CreatedAt = Role(FieldRole.CreatedAt);
        fields.LastActivityAt = Role(FieldRole.LastActivityAt);
        fields.Completeness = (byte)(compact is not null
            ? compact.Count - (compact[FieldRole.CreatedAt] is null ? 0 : 1) - (compact[FieldRole.LastActivityAt] is null ? 0 : 1)
            : CountFilled(roles!));
        return fields;
    }

    private void SetNames(ref NormalisedFields fields, NormalisedPersonName name)
    {
        fields.FirstName = NullIfEmpty(name.First);
        fields.LastName = NullIfEmpty(name.Last);
        if (fields.FirstName is not null)
        {
            var code = _phonetics.Encode(fields.FirstName);
            fields.FirstPhonetic = NullIfEmpty(code.Primary);
            fields.FirstPhoneticAlternate = NullIfEmpty(code.Alternate);
            fields.FirstNameGroup = Nicknames.PrimaryGroup(fields.FirstName);
        }

        if (fields.LastName is not null)
        {
            var code = _phonetics.Encode(fields.LastName);
            fields.LastPhonetic = NullIfEmpty(code.Primary);
            fields.LastPhoneticAlternate = NullIfEmpty(code.Alternate);
        }
    }

    private NormalisedPersonName Names(string? first, string? last, string? full)
    {
        var name = new NormalisedPersonName(first is null ? "" : _firstNames.Get(first), last is null ? "" : _lastNames.Get(last));
        return name.First.Length == 0 && name.Last.Length == 0 && full is not null ? PersonNameNormaliser.Normalise(null, null, full) : name;
    }

    private static string? Memo(BoundedMemo<string> memo, string? raw) => raw is null ? null : NullIfEmpty(memo.Get(raw));

    private static int CountFilled(string?[] roles)
    {
        var count = 0;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] is not null && (FieldRole)i is not (FieldRole.CreatedAt or FieldRole.LastActivityAt))
            {
                count++;
            }
        }

        return count;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
