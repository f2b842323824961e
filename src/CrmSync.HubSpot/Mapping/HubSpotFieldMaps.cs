using CrmSync.Core.Records;
using F = CrmSync.Core.Schema.CanonicalFields;

namespace CrmSync.HubSpot.Mapping;

/// <summary>
/// The HubSpot field map of each object type the connector supports. HubSpot's object names are the canonical ones
/// (contacts, companies, deals); HubSpot has no lead object for CrmSync (its 0-136 leads are a Sales Hub add-on
/// unrelated to unconverted prospects), so <c>leads</c> is not offered. Names from hubspot-api.md and metrics.md
/// §7.1 where they appear there, otherwise HubSpot's default property lists (docs/connectors/hubspot.md, "Field map").
/// </summary>
internal static class HubSpotFieldMaps
{
    public static HubSpotFieldMap Contacts { get; } = new(CrmObjectTypes.Contacts, stageEntryDates: false,
        (F.FirstName, "firstname"), (F.LastName, "lastname"), (F.Email, "email"), (F.Phone, "phone"),
        (F.MobilePhone, "mobilephone"), (F.JobTitle, "jobtitle"), (F.CompanyName, "company"), (F.Website, "website"),
        (F.Address, "address"), (F.City, "city"), (F.Postcode, "zip"), (F.State, "state"), (F.Country, "country"),
        (F.DateOfBirth, "date_of_birth"), (F.LifecycleStage, "lifecyclestage"), (F.LeadStatus, "hs_lead_status"),
        (F.OwnerId, "hubspot_owner_id"), (F.CreatedAt, "createdate"),
        // Contacts are the one type whose modified timestamp is not hs_lastmodifieddate (hubspot-api.md §1.1).
        (F.ModifiedAt, "lastmodifieddate"),
        (F.LastActivityAt, "notes_last_updated"));

    public static HubSpotFieldMap Companies { get; } = new(CrmObjectTypes.Companies, stageEntryDates: false,
        (F.Name, "name"), (F.Domain, "domain"), (F.Website, "website"), (F.Phone, "phone"), (F.Address, "address"),
        (F.Address2, "address2"), (F.City, "city"), (F.Postcode, "zip"), (F.State, "state"), (F.Country, "country"),
        (F.Industry, "industry"), (F.LifecycleStage, "lifecyclestage"), (F.OwnerId, "hubspot_owner_id"),
        (F.CreatedAt, "createdate"), (F.ModifiedAt, "hs_lastmodifieddate"), (F.LastActivityAt, "notes_last_updated"))
    {
        // Contract end and usage are the tenant's own properties (CompanyContractEndField, CompanyUsageField).
        Unavailable = new HashSet<string>([F.ContractEnd, F.Usage], StringComparer.Ordinal),
    };

    public static HubSpotFieldMap Deals { get; } = new(CrmObjectTypes.Deals, stageEntryDates: true,
        (F.Name, "dealname"), (F.Amount, "amount"), (F.Currency, "deal_currency_code"), (F.Stage, "dealstage"),
        (F.Pipeline, "pipeline"), (F.CloseDate, "closedate"), (F.IsClosed, "hs_is_closed"), (F.IsWon, "hs_is_closed_won"),
        (F.OwnerId, "hubspot_owner_id"), (F.CreatedAt, "createdate"), (F.ModifiedAt, "hs_lastmodifieddate"),
        (F.LastActivityAt, "notes_last_updated"), (F.CurrentStageEnteredAt, "hs_v2_date_entered_current_stage"),
        // metrics.md §2: HubSpot's deal-level MRR, computed from recurring line items (monthly, deal currency; empty
        // without them). metrics.md names no deal property for contract start or end, so those two map to nothing.
        (F.RecurringAmount, "hs_mrr"), (F.DealType, "dealtype"))
    {
        Unavailable = new HashSet<string>([F.ContractStart, F.ContractEnd], StringComparer.Ordinal),
    };

    /// <summary>
    /// The companies map with the tenant's contract-end and usage properties (<see cref="HubSpotConnectorOptions"/>);
    /// the fixed map when neither is set.
    /// </summary>
    public static HubSpotFieldMap CompaniesWith(string? contractEndField, string? usageField)
    {
        if (contractEndField is null && usageField is null)
            return Companies;
        return TenantCompanies.GetOrAdd((contractEndField, usageField), key =>
        {
            var extra = new List<(string, string)>();
            if (key.ContractEnd is { } end)
                extra.Add((F.ContractEnd, end));
            if (key.Usage is { } usage)
                extra.Add((F.Usage, usage));
            return new HubSpotFieldMap(CrmObjectTypes.Companies, stageEntryDates: false, [.. Companies.Fields.Select(f => (f.Key, f.Value)), .. extra])
            {
                Unavailable = Companies.Unavailable.Except(extra.Select(e => e.Item1)).ToHashSet(StringComparer.Ordinal),
            };
        });
    }

    /// <summary>A name a tenant may give for its own company property: HubSpot's internal-name form, not one already mapped.</summary>
    public static bool IsCustomPropertyName(string name) =>
        name.Length is > 0 and <= 100 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
        && !Companies.Fields.Values.Contains(name, StringComparer.Ordinal) && !name.StartsWith(HubSpotComputedNames.Prefix, StringComparison.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string? ContractEnd, string? Usage), HubSpotFieldMap> TenantCompanies = new();

    /// <summary>The canonical object types the connector pulls and writes.</summary>
    public static IReadOnlyList<string> ObjectTypes { get; } = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies, CrmObjectTypes.Deals];

    /// <exception cref="ArgumentException">HubSpot does not offer this object type to CrmSync.</exception>
    public static HubSpotFieldMap For(string objectType) => objectType switch
    {
        CrmObjectTypes.Contacts => Contacts,
        CrmObjectTypes.Companies => Companies,
        CrmObjectTypes.Deals => Deals,
        _ => throw new ArgumentException(
            $"The HubSpot connector does not support object type '{objectType}' (it supports {string.Join(", ", ObjectTypes)}).", nameof(objectType)),
    };
}
