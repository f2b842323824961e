namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>The matching keys of one record, as strings, before they are interned into <see cref="RecordFeatures"/>.</summary>
internal struct NormalisedFields
{
    public string? FirstName;
    public string? LastName;
    public string? FirstPhonetic;
    public string? FirstPhoneticAlternate;
    public string? LastPhonetic;
    public string? LastPhoneticAlternate;
    public int FirstNameGroup;
    public string? Email;
    /// <summary>Hash of the email's local part (0 for role mailboxes and parts shorter than four characters).</summary>
    public ulong EmailLocal;
    public string? EmailDomain;
    public EmailFlags EmailFlags;
    /// <summary>The E.164 number as digits read as a number (+1 415 555 2671 → 14155552671), 0 for none.</summary>
    public ulong Phone;
    /// <summary>The phone's last seven digits, or −1.</summary>
    public int PhoneTail;
    public string? Company;
    public string? CompanyAcronym;
    public string? Domain;
    public string? Address;
    public string? StreetNumber;
    public string? Address2;
    public string? City;
    public string? Postcode;
    public string? State;
    public string? DateOfBirth;
    public int DateOfBirthDay;
    public string? NationalId;
    public string? CreatedAt;
    public string? LastActivityAt;
    public byte Completeness;
}
