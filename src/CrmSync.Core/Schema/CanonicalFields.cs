namespace CrmSync.Core.Schema;

/// <summary>
/// The canonical field keys: what a record's properties are called once a connector has mapped them from its CRM.
/// Analyzers read only these (and the computed keys of <see cref="Analysis.ComputedPropertyKeys"/>); each connector
/// ships the map to and from its native names. Dates are ISO 8601 or epoch milliseconds; flags are "true"/"false";
/// amounts use the invariant culture.
/// </summary>
public static class CanonicalFields
{
    // People (contacts, leads)
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string MobilePhone = "mobile_phone";
    public const string JobTitle = "job_title";
    public const string DateOfBirth = "date_of_birth";

    /// <summary>A person's company as typed on the contact or lead (not an association).</summary>
    public const string CompanyName = "company_name";

    /// <summary>The lifecycle stage of a contact or company (subscriber … customer), as the CRM's stage id.</summary>
    public const string LifecycleStage = "lifecycle_stage";

    public const string LeadStatus = "lead_status";

    // Lead conversion
    public const string IsConverted = "is_converted";
    public const string ConvertedContactId = "converted_contact_id";
    public const string ConvertedCompanyId = "converted_company_id";
    public const string ConvertedDealId = "converted_deal_id";

    // Companies and deals
    /// <summary>A company's or a deal's display name.</summary>
    public const string Name = "name";
    public const string Website = "website";

    /// <summary>A company's primary domain.</summary>
    public const string Domain = "domain";
    public const string Industry = "industry";

    // Addresses
    public const string Address = "address";
    public const string Address2 = "address2";
    public const string City = "city";
    public const string Postcode = "postcode";
    public const string State = "state";
    public const string Country = "country";

    // Every record
    public const string OwnerId = "owner_id";
    public const string CreatedAt = "created_at";
    public const string ModifiedAt = "modified_at";

    /// <summary>Last logged activity (call, meeting, note, email) on the record.</summary>
    public const string LastActivityAt = "last_activity_at";

    // Deals
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string Stage = "stage";
    public const string Pipeline = "pipeline";
    public const string CloseDate = "close_date";
    public const string IsClosed = "is_closed";
    public const string IsWon = "is_won";
    public const string ContractStart = "contract_start";
    public const string ContractEnd = "contract_end";
    public const string RecurringAmount = "recurring_amount";

    /// <summary>A deal's type (new business, renewal, …) as the CRM's value; renewals are recognised by it.</summary>
    public const string DealType = "deal_type";

    /// <summary>A company's usage figure: the numeric property the tenant names per connector (none by default).</summary>
    public const string Usage = "usage";

    /// <summary>When the deal entered its current stage.</summary>
    public const string CurrentStageEnteredAt = "current_stage_entered_at";

    /// <summary>Prefix of the per-stage entry dates: <c>stage_entered_at:{stageId}</c>.</summary>
    public const string StageEnteredAtPrefix = "stage_entered_at:";

    public static readonly IReadOnlyList<string> All =
    [
        FirstName, LastName, Email, Phone, MobilePhone, JobTitle, DateOfBirth, CompanyName, LifecycleStage, LeadStatus,
        IsConverted, ConvertedContactId, ConvertedCompanyId, ConvertedDealId, Name, Website, Domain, Industry,
        Address, Address2, City, Postcode, State, Country, OwnerId, CreatedAt, ModifiedAt, LastActivityAt,
        Amount, Currency, Stage, Pipeline, CloseDate, IsClosed, IsWon, ContractStart, ContractEnd, RecurringAmount,
        CurrentStageEnteredAt, DealType, Usage,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>When a deal entered the stage <paramref name="stageId"/> (its latest entry).</summary>
    public static string StageEnteredAt(string stageId) => StageEnteredAtPrefix + stageId;

    public static bool TryParseStageEnteredAt(string key, out string stageId)
    {
        stageId = key.StartsWith(StageEnteredAtPrefix, StringComparison.Ordinal) ? key[StageEnteredAtPrefix.Length..] : "";
        return stageId.Length > 0;
    }

    /// <summary>A canonical field key (not a computed one).</summary>
    public static bool IsCanonical(string key) => Known.Contains(key) || TryParseStageEnteredAt(key, out _);
}
