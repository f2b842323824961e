namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>A second key that splits a block above the cap (see <see cref="BlockRefinements"/>).</summary>
internal enum KeyPart
{
    FirstInitial,
    LastInitial,
    /// <summary>Nickname group or Double Metaphone code of the first name.</summary>
    FirstName,
    LastNamePhonetic,
    BirthYear,
    City,
    Postcode,
    /// <summary>The phone's last two digits.</summary>
    PhoneSuffix,
    CompanyNamePrefix,
    StreetNumber,
}
