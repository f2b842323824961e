using CrmSync.Core.Records;
using F = CrmSync.Core.Schema.CanonicalFields;

namespace CrmSync.Salesforce.Mapping;

/// <summary>
/// The Salesforce map of each canonical object type: contacts = Contact, leads = Lead, companies = Account, deals =
/// Opportunity (docs/connectors/salesforce.md, "Field map"). Field names are Salesforce's standard ones
/// (salesforce-api.md §6.4, §7 and the object reference); <c>modified_at</c> is LastModifiedDate (user changes),
/// while the pull cursor runs on SystemModstamp (system changes too).
/// </summary>
internal static class SalesforceObjectMaps
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
        [F.Domain, F.Address2, F.LifecycleStage],
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
        (F.LastActivityAt, "LastActivityDate"));

    /// <summary>The canonical object types the connector pulls and writes.</summary>
    public static IReadOnlyList<string> ObjectTypes { get; } = [CrmObjectTypes.Contacts, CrmObjectTypes.Leads, CrmObjectTypes.Companies, CrmObjectTypes.Deals];

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
