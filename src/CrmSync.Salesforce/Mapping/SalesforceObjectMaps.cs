using CrmSync.Core.Records;
using F = CrmSync.Core.Schema.CanonicalFields;

namespace CrmSync.Salesforce.Mapping;

/// <summary>
/// The Salesforce map of each canonical object type: contacts = Contact, leads = Lead, companies = Account, deals =
/// Opportunity (docs/connectors/salesforce.md, "Field map"). Field names are Salesforce's standard ones
/// (salesforce-api.md §6.4, §7 and the object reference); <c>modified_at</c> is LastModifiedDate (user changes),
/// while the pull cursor runs on SystemModstamp (system changes too).
/// </summary>
internal static partial class SalesforceObjectMaps
{
    private static readonly string[] Audit = ["Id", "IsDeleted", "CreatedDate", "SystemModstamp"];

    public static SalesforceObjectMap Contacts { get; } = new(CrmObjectTypes.Contacts, "Contact", stageHistory: false, Audit,
        [F.LifecycleStage, F.LeadStatus, F.Address2],
        (F.FirstName, "FirstName"), (F.LastName, "LastName"), (F.Email, "Email"), (F.Phone, "Phone"), (F.MobilePhone, "MobilePhone"),
        (F.JobTitle, "Title"), (F.CompanyName, "Account.Name"), (F.Website, "Account.Website"), (F.Address, "MailingStreet"),
        (F.City, "MailingCity"), (F.Postcode, "MailingPostalCode"), (F.State, "MailingState"), (F.Country, "MailingCountry"),
        (F.DateOfBirth, "Birthdate"), (F.OwnerId, "OwnerId"), (F.CreatedAt, "CreatedDate"), (F.ModifiedAt, "LastModifiedDate"),
        (F.LastActivityAt, "LastActivityDate"));

    public static SalesforceObjectMap Leads { get; } = new(CrmObjectTypes.Leads, "Lead", stageHistory: false,
        [.. Audit, "IsConverted", "ConvertedContactId", "ConvertedAccountId", "ConvertedOpportunityId"],
        [F.LifecycleStage, F.Address2, F.DateOfBirth],
        (F.FirstName, "FirstName"), (F.LastName, "LastName"), (F.Email, "Email"), (F.Phone, "Phone"), (F.MobilePhone, "MobilePhone"),
        (F.JobTitle, "Title"), (F.CompanyName, "Company"), (F.Website, "Website"), (F.Industry, "Industry"), (F.Address, "Street"),
        (F.City, "City"), (F.Postcode, "PostalCode"), (F.State, "State"), (F.Country, "Country"), (F.LeadStatus, "Status"),
        (F.IsConverted, "IsConverted"), (F.ConvertedContactId, "ConvertedContactId"), (F.ConvertedCompanyId, "ConvertedAccountId"),
        (F.ConvertedDealId, "ConvertedOpportunityId"), (F.OwnerId, "OwnerId"), (F.CreatedAt, "CreatedDate"),
        (F.ModifiedAt, "LastModifiedDate"), (F.LastActivityAt, "LastActivityDate"));

    public static SalesforceObjectMap Companies { get; } = new(CrmObjectTypes.Companies, "Account", stageHistory: false, Audit,
        // Contract end and usage are the tenant's own fields (CompanyContractEndField, CompanyUsageField): see CompaniesWith.
        [F.Domain, F.Address2, F.LifecycleStage, F.ContractEnd, F.Usage],
        (F.Name, "Name"), (F.Website, "Website"), (F.Phone, "Phone"), (F.Industry, "Industry"), (F.Address, "BillingStreet"),
        (F.City, "BillingCity"), (F.Postcode, "BillingPostalCode"), (F.State, "BillingState"), (F.Country, "BillingCountry"),
        (F.OwnerId, "OwnerId"), (F.CreatedAt, "CreatedDate"), (F.ModifiedAt, "LastModifiedDate"), (F.LastActivityAt, "LastActivityDate"));

    public static SalesforceObjectMap Deals { get; } = new(CrmObjectTypes.Deals, "Opportunity", stageHistory: true,
        [.. Audit, "StageName", "IsClosed"],
        // Opportunity stages are org-wide (one "pipeline"); currency is only in multi-currency orgs; metrics.md names no
        // opportunity field for contract dates or recurring revenue.
        [F.Pipeline, F.Currency, F.RecurringAmount, F.ContractStart, F.ContractEnd],
        (F.Name, "Name"), (F.Amount, "Amount"), (F.Stage, "StageName"), (F.CloseDate, "CloseDate"), (F.IsClosed, "IsClosed"),
        (F.IsWon, "IsWon"), (F.OwnerId, "OwnerId"), (F.CreatedAt, "CreatedDate"), (F.ModifiedAt, "LastModifiedDate"),
        (F.LastActivityAt, "LastActivityDate"), (F.DealType, "Type"));

    /// <summary>The canonical object types the connector pulls and writes.</summary>
    public static IReadOnlyList<string> ObjectTypes { get; } = [CrmObjectTypes.Contacts, CrmObjectTypes.Leads, CrmObjectTypes.Companies, CrmObjectTypes.Deals];

    /// <summary>The map of <paramref name="objectType"/> with the tenant's Account fields of <paramref name="options"/> mapped.</summary>
    public static SalesforceObjectMap For(string objectType, SalesforceConnectorOptions options) =>
        objectType == CrmObjectTypes.Companies && (options.CompanyContractEndField is not null || options.CompanyUsageField is not null)
            ? TenantCompanies.GetOrAdd((options.CompanyContractEndField, options.CompanyUsageField), key =>
            {
                var extra = new List<(string, string)>();
                if (key.ContractEnd is { } end)
                    extra.Add((F.ContractEnd, end));
                if (key.Usage is { } usage)
                    extra.Add((F.Usage, usage));
                return new SalesforceObjectMap(CrmObjectTypes.Companies, Companies.SObject, stageHistory: false, [.. Companies.Always],
                    [.. Companies.Unavailable.Except(extra.Select(e => e.Item1))], [.. Companies.Fields.Select(f => (f.Key, f.Value)), .. extra]);
            })
            : For(objectType);

    /// <summary>A name a tenant may give for its own Account field: an API name, not one already mapped nor CrmSync's own.</summary>
    public static bool IsAccountFieldName(string name) =>
        AccountFieldName().IsMatch(name) && !Companies.Fields.Values.Contains(name, StringComparer.OrdinalIgnoreCase)
        && !name.StartsWith("CrmSync_", StringComparison.OrdinalIgnoreCase);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string? ContractEnd, string? Usage), SalesforceObjectMap> TenantCompanies = new();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z](?:_?[A-Za-z0-9])*(?:__c)?\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AccountFieldName();

    /// <exception cref="ArgumentException">Salesforce does not offer this object type to CrmSync.</exception>
    public static SalesforceObjectMap For(string objectType) => objectType switch
    {
        CrmObjectTypes.Contacts => Contacts,
        CrmObjectTypes.Leads => Leads,
        CrmObjectTypes.Companies => Companies,
        CrmObjectTypes.Deals => Deals,
        _ => throw new ArgumentException(
            $"The Salesforce connector does not support object type '{objectType}' (it supports {string.Join(", ", ObjectTypes)}).", nameof(objectType)),
    };
}
