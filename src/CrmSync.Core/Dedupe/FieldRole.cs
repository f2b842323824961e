namespace CrmSync.Core.Dedupe;

/// <summary>
/// The meaning of a field for duplicate detection. <see cref="DedupeRecord.Fields"/> is keyed by these names
/// (case-insensitive); a <see cref="FieldMap"/> turns CRM properties or CSV columns into them.
/// </summary>
public enum FieldRole
{
    FirstName,
    LastName,
    /// <summary>Used only when neither first nor last name is given.</summary>
    FullName,
    Email,
    Phone,
    CompanyName,
    /// <summary>A website URL or bare domain; reduced to the registrable domain.</summary>
    Website,
    /// <summary>Street line (house number and street).</summary>
    Address,
    /// <summary>Second address line (building, locality).</summary>
    Address2,
    /// <summary>House number when it is held apart from the street.</summary>
    StreetNumber,
    City,
    Postcode,
    State,
    Country,
    DateOfBirth,
    /// <summary>A national or customer identifier (SSN, tax id, customer number).</summary>
    NationalId,
    /// <summary>Record creation time (ISO 8601 or epoch milliseconds), for survivorship.</summary>
    CreatedAt,
    /// <summary>Last activity or engagement time, for survivorship.</summary>
    LastActivityAt,
}
