using System.Globalization;

namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Seeded contacts, every field a pure function of (seed, index). A planted duplicate copies its original's person
/// and varies it: a name typo, a re-cased email, gmail dots, or a reformatted phone with no email.
/// </summary>
internal sealed class ContactSeed : FieldSeedSource
{
    public const int TypoVariation = 0;
    public const int EmailCaseVariation = 1;
    public const int GmailDotsVariation = 2;
    public const int PhoneFormatVariation = 3;
    public const int Variations = 4;
    private const int FirstField = 1, LastField = 2, BusinessField = 3, PatternField = 4, DigitsField = 5, FreeDomainField = 6;
    private const int NoPhoneField = 7, AreaField = 8, ExchangeField = 9, LineField = 10, FormatField = 11, TitleField = 12;
    private const int StageField = 13, OwnerField = 14, ModifiedField = 15, CreatedSpanField = 16, BulkField = 17;
    private const int NoEmailField = 18, VariationRollField = 19, NoCompanyNameField = 20, NoActivityField = 21, ActivityField = 22;

    /// <summary>3 % of contacts were touched by one bulk update 30 days before seeding and share its exact timestamp.</summary>
    private const int BulkPercent = 3;
    private readonly SeedContext context;
    private readonly CompanySeed companies;
    private readonly SeedAssociations associations;
    private readonly DeterministicHash hash;

    public ContactSeed(SeedContext context, DuplicatePlan duplicates, CompanySeed companies, SeedAssociations associations)
        : base("lastmodifieddate", "IMPORT")
    {
        this.context = context;
        this.companies = companies;
        this.associations = associations;
        Duplicates = duplicates;
        hash = new DeterministicHash(context.Seed, SeedStreams.Contacts);
    }

    public DuplicatePlan Duplicates { get; }

    public override int Count => context.Contacts;

    public long BulkUpdateMs => context.SeededAtMs - (30 * SeedTime.Day);

    protected override IReadOnlyList<string> Properties { get; } =
    [
        "hs_object_id", "firstname", "lastname", "email", "phone", "company", "jobtitle", "lifecyclestage",
        "hubspot_owner_id", "createdate", "lastmodifieddate", "notes_last_updated",
    ];

    public override string? GetValue(long index, string property)
    {
        var source = Duplicates.TryGetOriginal(index, out var original, out _) ? original : index;
        return property switch
        {
            "hs_object_id" => (Objects.ObjectTypes.Contacts.IdBase + index).ToString(CultureInfo.InvariantCulture),
            "firstname" => Name(index, FirstField, PersonWords.FirstNames),
            "lastname" => Name(index, LastField, PersonWords.LastNames),
            "email" => Email(index),
            "phone" => Phone(index),
            "company" => CompanyName(index),
            "jobtitle" => PersonWords.JobTitles[hash.Below(source, TitleField, PersonWords.JobTitles.Length)],
            "lifecyclestage" => PersonWords.LifecycleStages[hash.Below(source, StageField, PersonWords.LifecycleStages.Length)],
            "hubspot_owner_id" => context.PickOwner(hash, source, OwnerField),
            "createdate" => SeedTime.Iso(CreatedMs(index)),
            "lastmodifieddate" => SeedTime.Iso(ModifiedMs(index)),
            // HubSpot's "Last Activity Date": empty on a fifth of contacts, who never had a logged activity.
            "notes_last_updated" => LastActivity(index),
            _ => null,
        };
    }

    /// <summary>
    /// A whole number of days before seeding, so "days since" values do not tick over between two runs of a test;
    /// none when that would precede the record's creation.
    /// </summary>
    private string? LastActivity(long index)
    {
        var at = context.SeededAtMs - (hash.Below(index, ActivityField, 180) * SeedTime.Day);
        return hash.Percent(index, NoActivityField, 20) || at < CreatedMs(index) ? null : SeedTime.Iso(at);
    }

    public override long ModifiedMs(long index) =>
        hash.Percent(index, BulkField, BulkPercent) ? BulkUpdateMs : context.SeededAtMs - hash.Below(index, ModifiedField, 90 * SeedTime.Day);

    public override long CreatedMs(long index) => ModifiedMs(index) - SeedTime.Hour - hash.Below(index, CreatedSpanField, 730 * SeedTime.Day);

    private string Name(long index, int field, string[] words)
    {
        if (!TryGetDuplicate(index, out var original, out var variation))
        {
            return words[hash.Below(index, field, words.Length)];
        }

        var name = words[hash.Below(original, field, words.Length)];
        var roll = hash.Of(index, VariationRollField);
        var typoInFirstName = (roll & 1) == 0;
        return variation == TypoVariation && typoInFirstName == (field == FirstField) ? TextVariations.Typo(name, roll >> 1) : name;
    }

    private string? Email(long index)
    {
        if (!TryGetDuplicate(index, out var original, out var variation))
        {
            return BaseEmail(index);
        }

        var email = BaseEmail(original);
        return variation switch
        {
            TypoVariation => email,
            EmailCaseVariation => TextVariations.MixCase(email!),
            GmailDotsVariation => TextVariations.GmailDots(email!, hash.Of(index, VariationRollField)),
            _ => null,
        };
    }

    /// <summary>
    /// The variation actually applied: one the original's data supports (no email variant without an email, no
    /// phone variant without a phone), so every planted pair differs in the way its name says.
    /// </summary>
    public bool TryGetDuplicate(long index, out long original, out int variation)
    {
        if (!Duplicates.TryGetOriginal(index, out original, out variation))
        {
            return false;
        }

        var email = BaseEmail(original);
        if (variation == GmailDotsVariation && email?.EndsWith("@gmail.com", StringComparison.Ordinal) != true)
        {
            variation = EmailCaseVariation;
        }

        if (variation == EmailCaseVariation && email is null)
        {
            variation = PhoneFormatVariation;
        }

        if (variation == PhoneFormatVariation && !HasPhone(original))
        {
            variation = email is null ? TypoVariation : EmailCaseVariation;
        }

        return true;
    }

    public static string VariationName(int variation) => variation switch
    {
        TypoVariation => "name-typo",
        EmailCaseVariation => "email-case",
        GmailDotsVariation => "gmail-dots",
        _ => "phone-format",
    };

    private bool HasPhone(long index) => !hash.Percent(index, NoPhoneField, 12);

    private string? BaseEmail(long index)
    {
        if (hash.Percent(index, NoEmailField, 3))
        {
            return null;
        }

        var first = PersonWords.FirstNames[hash.Below(index, FirstField, PersonWords.FirstNames.Length)].ToLowerInvariant();
        var last = PersonWords.LastNames[hash.Below(index, LastField, PersonWords.LastNames.Length)].ToLowerInvariant();
        var company = associations.CompanyOfContact(index);
        var domain = company > 0 && hash.Percent(index, BusinessField, 65) ? companies.Domain(company) : null;
        var local = hash.Below(index, PatternField, 4) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first[0]}{last}",
            2 => $"{first}{last[0]}",
            _ => $"{first}_{last}",
        };
        if (domain is null)
        {
            domain = PersonWords.FreeMailDomains[hash.Below(index, FreeDomainField, PersonWords.FreeMailDomains.Length)];
            local += hash.Below(index, DigitsField, 10_000).ToString(CultureInfo.InvariantCulture);
        }

        return $"{local}@{domain}";
    }

    private string? Phone(long index)
    {
        var isDuplicate = TryGetDuplicate(index, out var source, out var variation);
        if (!HasPhone(source) || (isDuplicate && variation == EmailCaseVariation))
        {
            return null;
        }

        var format = hash.Below(source, FormatField, PhoneFormats.Count);
        if (isDuplicate)
        {
            format = PhoneFormats.Other(format, hash.Of(index, FormatField));
        }

        var area = PersonWords.AreaCodes[hash.Below(source, AreaField, PersonWords.AreaCodes.Length)];
        return PhoneFormats.Format(area, 200 + hash.Below(source, ExchangeField, 800), hash.Below(source, LineField, 10_000), format);
    }

    private string? CompanyName(long index)
    {
        var company = associations.CompanyOfContact(index);
        return company == 0 || hash.Percent(index, NoCompanyNameField, 5) ? null : companies.Name(company);
    }
}
