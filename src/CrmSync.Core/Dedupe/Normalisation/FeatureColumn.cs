namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>The interned string columns of <see cref="RecordFeatures"/>.</summary>
internal enum FeatureColumn
{
    FirstName,
    LastName,
    FirstPhonetic,
    FirstPhoneticAlternate,
    LastPhonetic,
    LastPhoneticAlternate,
    Email,
    EmailDomain,
    /// <summary>The part before the @ (none for role mailboxes and parts shorter than four characters); hashed, no text.</summary>
    EmailLocal,
    /// <summary>E.164 number; hashed, no text.</summary>
    Phone,
    Company,
    CompanyAcronym,
    Domain,
    Address,
    StreetNumber,
    Address2,
    City,
    Postcode,
    State,
    DateOfBirth,
    NationalId,
}
