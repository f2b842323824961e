namespace CrmSync.Core.Dedupe;

/// <summary>A field comparison of the Fellegi–Sunter model; each has ordered agreement levels.</summary>
public enum ComparisonKind
{
    /// <summary>Exact, Jaro-Winkler ≥ 0.92, nickname, JW ≥ 0.88 or phonetic, swapped with the last name, initial only.</summary>
    FirstName,
    /// <summary>Exact, JW ≥ 0.92, JW ≥ 0.88 or phonetic, swapped with the first name.</summary>
    LastName,
    /// <summary>Canonical exact, JW ≥ 0.9 (typo), same local part.</summary>
    Email,
    /// <summary>E.164 exact, same last seven digits.</summary>
    Phone,
    /// <summary>Exact, one digit edit or day/month swapped, within a month, within a year, within ten years.</summary>
    DateOfBirth,
    /// <summary>
    /// Basename exact, near-identical, one name contains the other (up to linking words and the record's city), half
    /// the words shared or acronym. Names sharing words while each keeps a distinctive word of its own are different.
    /// </summary>
    CompanyName,
    /// <summary>Registrable domain (website, or email domain when not free-mail) exact.</summary>
    Domain,
    /// <summary>
    /// Street and house number (from the street line or <see cref="FieldRole.StreetNumber"/>): exact, similar street,
    /// similar street with a different house number, same house number only.
    /// </summary>
    Address,
    Address2,
    /// <summary>
    /// Phone and street address as one piece of evidence: same phone and address, same phone only, same address only.
    /// Businesses sharing a building often share a switchboard, so agreeing on both is barely stronger evidence than
    /// agreeing on one; two separate comparisons would count it twice.
    /// </summary>
    Location,
    /// <summary>Exact, typo; left out when the street addresses agree (the city is then part of that one address).</summary>
    City,
    /// <summary>
    /// A person's employer (company domain or name) and place (postcode, city, state) judged together: colleagues
    /// share all five, so five separate comparisons would count one fact five times. Levels: same employer and
    /// place, same employer, same place (employer unknown), same place (other employer), similar place only.
    /// </summary>
    Context,
    Postcode,
    State,
    NationalId,
}
