namespace CrmSync.Core.Dedupe;

/// <summary>
/// A blocking pass: records sharing the key's value become candidate pairs (unless the block is larger than the
/// cap). "Phonetic" means the Double Metaphone primary code.
/// </summary>
public enum BlockingKeyKind
{
    Email,
    Phone,
    NationalId,
    /// <summary>Phonetic first and last name, in either order (catches swapped names).</summary>
    NamePhonetic,
    LastNamePhoneticDateOfBirth,
    FirstNamePhoneticDateOfBirth,
    /// <summary>Salesforce's match key: first initial + phonetic last name + email domain (work domains only).</summary>
    FirstInitialLastNamePhoneticEmailDomain,
    FirstInitialLastNamePhoneticCompany,
    LastNamePhoneticPostcode,
    LastNamePhoneticCity,
    /// <summary>The part before the @, for emails whose domain is mistyped (not for role mailboxes).</summary>
    EmailLocalPart,
    /// <summary>Date of birth alone: typo-heavy contact data keeps little else in common.</summary>
    DateOfBirth,
    FirstNamePhoneticCity,
    DateOfBirthPostcode,
    DateOfBirthCity,
    /// <summary>Registrable domain from the website or a non-free-mail email.</summary>
    Domain,
    CompanyName,
    CompanyNamePrefixCity,
    CompanyAcronymCity,
    /// <summary>House number + first street word + city or postcode.</summary>
    StreetAddress,
    CompanyNamePrefixPostcode,
    /// <summary>First name (nickname group or phonetic) + year of birth: names and dates both mistyped elsewhere.</summary>
    FirstNameBirthYear,
    /// <summary>Phonetic last name + year of birth.</summary>
    LastNamePhoneticBirthYear,
    /// <summary>
    /// Sorted neighbourhood on the email address: each record meets the next three in address order, so addresses
    /// mistyped after their first letters (j.c@white.org / j.c@wwhite.org) still meet. Always run after the keyed
    /// passes; not used by the incremental index.
    /// </summary>
    EmailNeighbours,
}
