using System.Globalization;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Decides what each seeded lead is and who it is. Planted lead↔lead duplicates (name-typo, email-case,
/// phone-format) copy an earlier lead; planted lead↔contact duplicates (contact-email-case, contact-phone-format)
/// copy a contact; converted leads (about 12 %) carry exactly their contact's person and its account's name.
/// Uses the sandbox's word lists, phone formats and variations.
/// </summary>
internal sealed class LeadPeople
{
    public const int TypoVariation = 0, EmailCaseVariation = 1, PhoneFormatVariation = 2;
    private const int FirstField = 1, LastField = 2, CompanyPickField = 3, KnownCompanyField = 4, FreeMailField = 5, FreeDomainField = 6;
    private const int DigitsField = 7, NoPhoneField = 8, AreaField = 9, ExchangeField = 10, LineField = 11, FormatField = 12, TitleField = 13;
    private const int ContactCopyField = 14, ContactCopyVariationField = 15, ConvertedField = 16, ContactPickField = 17, VariationRollField = 18;
    private readonly DeterministicHash hash;
    private readonly double contactCopyRate;
    private readonly ContactSource contacts;
    private readonly AccountSource accounts;

    public LeadPeople(SeedContext context, int count, ContactSource contacts, AccountSource accounts)
    {
        Count = count;
        this.contacts = contacts;
        this.accounts = accounts;
        hash = new DeterministicHash(context.Seed, SalesforceSeedStreams.Leads);
        contactCopyRate = context.DuplicateRate / 2;
        Duplicates = new DuplicatePlan(context.Seed, SalesforceSeedStreams.LeadDuplicates, context.DuplicateRate, 3);
    }

    public int Count { get; }

    public DuplicatePlan Duplicates { get; }

    /// <summary>The lead's kind, and for copies and conversions the lead or contact number it comes from and the variation.</summary>
    public (LeadKind Kind, int Source, int Variation) Classify(int lead)
    {
        if (Duplicates.TryGetOriginal(lead, out var original, out var variation))
        {
            var person = Person(original);
            variation = variation == EmailCaseVariation && person.Email is null ? PhoneFormatVariation : variation;
            variation = variation == PhoneFormatVariation && person.Phone is null ? TypoVariation : variation;
            return (LeadKind.LeadDuplicate, (int)original, variation);
        }

        if (hash.Unit(lead, ContactCopyField) < contactCopyRate && PickContact(lead, needsAccount: false) is > 0 and var copied)
        {
            var email = contacts.Text(copied, "email");
            var phone = contacts.Text(copied, "phone");
            var wanted = hash.Below(lead, ContactCopyVariationField, 2) == 0 ? EmailCaseVariation : PhoneFormatVariation;
            wanted = wanted == EmailCaseVariation && email is null ? PhoneFormatVariation : wanted;
            wanted = wanted == PhoneFormatVariation && phone is null ? (email is null ? TypoVariation : EmailCaseVariation) : wanted;
            return (LeadKind.ContactDuplicate, copied, wanted);
        }

        if (hash.Percent(lead, ConvertedField, 12) && PickContact(lead, needsAccount: true) is > 0 and var converted)
        {
            return (LeadKind.Converted, converted, 0);
        }

        return (LeadKind.Own, lead, 0);
    }

    public LeadPerson Person(long lead)
    {
        var (kind, source, variation) = Classify((int)lead);
        var roll = hash.Of(lead, VariationRollField);
        return kind switch
        {
            LeadKind.LeadDuplicate => Vary(Person(source), variation, roll),
            LeadKind.ContactDuplicate => Vary(ContactPerson(source), variation, roll),
            LeadKind.Converted => ContactPerson(source),
            _ => OwnPerson(lead),
        };
    }

    public static string VariationName(LeadKind kind, int variation) => (kind, variation) switch
    {
        (LeadKind.ContactDuplicate, EmailCaseVariation) => "contact-email-case",
        (LeadKind.ContactDuplicate, PhoneFormatVariation) => "contact-phone-format",
        (LeadKind.ContactDuplicate, _) => "contact-name-typo",
        (_, EmailCaseVariation) => "email-case",
        (_, PhoneFormatVariation) => "phone-format",
        _ => "name-typo",
    };

    private static LeadPerson Vary(LeadPerson person, int variation, ulong roll) => variation switch
    {
        EmailCaseVariation => person with { Email = TextVariations.MixCase(person.Email!), Phone = null },
        PhoneFormatVariation => person with { Email = null, Phone = Reformat(person.Phone!, roll) },
        _ => (roll & 1) == 0 || person.First is null
            ? person with { Last = TextVariations.Typo(person.Last, roll >> 1) }
            : person with { First = TextVariations.Typo(person.First, roll >> 1) },
    };

    /// <summary>The same digits in another of the sandbox's formats.</summary>
    private static string Reformat(string phone, ulong roll)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        digits = digits.Length == 11 ? digits[1..] : digits;
        var exchange = int.Parse(digits.AsSpan(3, 3), CultureInfo.InvariantCulture);
        var line = int.Parse(digits.AsSpan(6, 4), CultureInfo.InvariantCulture);
        var current = phone.StartsWith('(') ? 0 : phone.StartsWith("+1 ", StringComparison.Ordinal) ? 2 : phone.StartsWith('+') ? 3 : phone.Contains('.', StringComparison.Ordinal) ? 4 : 1;
        return PhoneFormats.Format(digits[..3], exchange, line, PhoneFormats.Other(current, roll));
    }

    private LeadPerson ContactPerson(int contact)
    {
        var account = contacts.AccountOf(contact);
        var company = account > 0 ? accounts.Name(account) : contacts.Text(contact, "company") ?? "Self-employed";
        return new LeadPerson(contacts.Text(contact, "firstname"), contacts.Text(contact, "lastname") ?? "Unknown", contacts.Text(contact, "email"),
            contacts.Text(contact, "phone"), company, contacts.Text(contact, "jobtitle"));
    }

    private LeadPerson OwnPerson(long lead)
    {
        var first = PersonWords.FirstNames[hash.Below(lead, FirstField, PersonWords.FirstNames.Length)];
        var last = PersonWords.LastNames[hash.Below(lead, LastField, PersonWords.LastNames.Length)];
        var company = hash.Percent(lead, KnownCompanyField, 30)
            ? accounts.Name(1 + hash.Below(lead, CompanyPickField, accounts.Count))
            : $"{CompanyWords.Adjectives[hash.Below(lead, CompanyPickField, CompanyWords.Adjectives.Length)]} {CompanyWords.Nouns[hash.Below(lead, CompanyPickField + 100, CompanyWords.Nouns.Length)]} {CompanyWords.Sectors[hash.Below(lead, CompanyPickField + 200, CompanyWords.Sectors.Length)]}";
        var local = $"{first}.{last}".ToLowerInvariant();
        var email = hash.Percent(lead, FreeMailField, 40)
            ? $"{local}{hash.Below(lead, DigitsField, 1000).ToString(CultureInfo.InvariantCulture)}@{PersonWords.FreeMailDomains[hash.Below(lead, FreeDomainField, PersonWords.FreeMailDomains.Length)]}"
            : $"{local}@{TextVariations.Slug(company)}.com";
        var phone = hash.Percent(lead, NoPhoneField, 15)
            ? null
            : PhoneFormats.Format(PersonWords.AreaCodes[hash.Below(lead, AreaField, PersonWords.AreaCodes.Length)], 200 + hash.Below(lead, ExchangeField, 800),
                hash.Below(lead, LineField, 10_000), hash.Below(lead, FormatField, PhoneFormats.Count));
        return new LeadPerson(first, last, email, phone, company, PersonWords.JobTitles[hash.Below(lead, TitleField, PersonWords.JobTitles.Length)]);
    }

    /// <summary>A live contact that is not itself a planted duplicate (with an account when asked), or 0.</summary>
    private int PickContact(int lead, bool needsAccount)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var contact = 1 + hash.Below(lead, ContactPickField + (attempt * 100), contacts.Count);
            if (!contacts.Seed.Duplicates.IsDuplicate(contact) && !contacts.IsDeleted(contact) && (!needsAccount || contacts.AccountOf(contact) > 0))
            {
                return contact;
            }
        }

        return 0;
    }
}
