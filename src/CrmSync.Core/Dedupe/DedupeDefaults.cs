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

    public static IReadOnlyList<BlockingKeyKind> BlockingKeys(RecordKind kind) => kind switch
    {
        RecordKind.Person =>
        [
            BlockingKeyKind.Email, BlockingKeyKind.Phone, BlockingKeyKind.NationalId, BlockingKeyKind.NamePhonetic,
            BlockingKeyKind.LastNamePhoneticDateOfBirth, BlockingKeyKind.FirstNamePhoneticDateOfBirth,
            BlockingKeyKind.FirstInitialLastNamePhoneticEmailDomain, BlockingKeyKind.FirstInitialLastNamePhoneticCompany,
            BlockingKeyKind.LastNamePhoneticPostcode, BlockingKeyKind.LastNamePhoneticCity, BlockingKeyKind.EmailLocalPart,
            BlockingKeyKind.DateOfBirth, BlockingKeyKind.FirstNamePhoneticCity,
        ],
        _ =>
        [
            BlockingKeyKind.Domain, BlockingKeyKind.Phone, BlockingKeyKind.CompanyName, BlockingKeyKind.CompanyNamePrefixCity,
            BlockingKeyKind.CompanyAcronymCity, BlockingKeyKind.StreetAddress, BlockingKeyKind.CompanyNamePrefixPostcode,
        ],
    };
}
