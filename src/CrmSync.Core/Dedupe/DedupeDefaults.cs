namespace CrmSync.Core.Dedupe;

/// <summary>
/// The default comparisons and blocking keys per record kind. Comparisons whose fields are empty in a data set
/// drop out at run time, so one list serves contacts with or without addresses, birth dates or identifiers.
/// </summary>
public static class DedupeDefaults
{
    public static IReadOnlyList<ComparisonKind> Comparisons(RecordKind kind) => kind switch
    {
        RecordKind.Person =>
        [
            ComparisonKind.FirstName, ComparisonKind.LastName, ComparisonKind.Email, ComparisonKind.Phone,
            ComparisonKind.DateOfBirth, ComparisonKind.Address, ComparisonKind.Address2, ComparisonKind.Context,
            ComparisonKind.NationalId,
        ],
        _ =>
        [
            ComparisonKind.CompanyName, ComparisonKind.Domain, ComparisonKind.Location, ComparisonKind.City,
            ComparisonKind.Postcode, ComparisonKind.State,
        ],
    };

    /// <summary>
    /// The related-entity classes of the model (see <see cref="RelatedEntityClass"/>). People: relatives, colleagues
    /// and assistants share emails, phones, surnames and places, not given names or birth dates. Companies: members
    /// of a group and businesses in one building share domains, switchboards and addresses under names of their
    /// own; branches share a name and domain at a location of their own.
    /// </summary>
    public static IReadOnlyList<RelatedEntityClass> RelatedClasses(RecordKind kind) => kind switch
    {
        RecordKind.Person =>
        [
            new("different people sharing contact details", [ComparisonKind.FirstName, ComparisonKind.DateOfBirth, ComparisonKind.NationalId]),
        ],
        _ =>
        [
            new("related businesses under names of their own", [ComparisonKind.CompanyName]),
            new("branches of one business at locations of their own", [ComparisonKind.Location]),
        ],
    };

    public static IReadOnlyList<BlockingKeyKind> BlockingKeys(RecordKind kind) => kind switch
    {
        RecordKind.Person =>
        [
            BlockingKeyKind.Email, BlockingKeyKind.Phone, BlockingKeyKind.NationalId, BlockingKeyKind.NamePhonetic,
            BlockingKeyKind.LastNamePhoneticDateOfBirth, BlockingKeyKind.FirstNamePhoneticDateOfBirth,
            BlockingKeyKind.FirstInitialLastNamePhoneticEmailDomain, BlockingKeyKind.FirstInitialLastNamePhoneticCompany,
            BlockingKeyKind.LastNamePhoneticPostcode, BlockingKeyKind.LastNamePhoneticCity, BlockingKeyKind.EmailLocalPart,
            BlockingKeyKind.DateOfBirth, BlockingKeyKind.FirstNamePhoneticCity, BlockingKeyKind.FirstNameBirthYear,
            BlockingKeyKind.LastNamePhoneticBirthYear, BlockingKeyKind.EmailNeighbours,
        ],
        _ =>
        [
            BlockingKeyKind.Domain, BlockingKeyKind.Phone, BlockingKeyKind.CompanyName, BlockingKeyKind.CompanyNamePrefixCity,
            BlockingKeyKind.CompanyAcronymCity, BlockingKeyKind.StreetAddress, BlockingKeyKind.CompanyNamePrefixPostcode,
        ],
    };
}
