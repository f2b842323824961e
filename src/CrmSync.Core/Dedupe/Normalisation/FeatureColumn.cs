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
