using static CrmSync.Sandbox.Salesforce.Schema.FieldDefinition;

namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>Account, Contact, Lead and Opportunity as a new org describes them, with one org-specific custom field each where useful.</summary>
internal static class SalesSchemas
{
    public static ObjectSchema Account() => new("Account", "Account", "Accounts", "001",
    [
        .. AuditFields.Head(),
        Text("Name", "Account Name", nillable: false),
        Picklist("Type", "Account Type", Picklists.AccountTypes),
        Picklist("Industry", "Industry", Picklists.Industries),
        new("Website", "Website", FieldType.Url, Length: 255),
        new("Phone", "Account Phone", FieldType.Phone, Length: 40),
        Text("BillingCity", "Billing City", 40),
        Text("BillingCountry", "Billing Country", 80),
        new("NumberOfEmployees", "Employees", FieldType.Int, Precision: 8),
        new("AnnualRevenue", "Annual Revenue", FieldType.Currency, Precision: 18),
        AuditFields.Owner(),
        AuditFields.LastActivityDate(),
        .. AuditFields.Tail(),
        Picklist("Region__c", "Region", Picklists.Regions) with { Custom = true },
    ]);

    public static ObjectSchema Contact() => new("Contact", "Contact", "Contacts", "003",
    [
        .. AuditFields.Head(),
        Lookup("AccountId", "Account ID", "Account", "Account"),
        Text("FirstName", "First Name", 40),
        Text("LastName", "Last Name", 80, nillable: false),
        AuditFields.Name(),
        new("Email", "Email", FieldType.Email, Length: 80),
        new("Phone", "Business Phone", FieldType.Phone, Length: 40),
        Text("Title", "Title", 128),
        Picklist("LeadSource", "Lead Source", Picklists.LeadSources),
        Text("MailingCity", "Mailing City", 40),
        Text("MailingCountry", "Mailing Country", 80),
        AuditFields.Owner(),
        AuditFields.LastActivityDate(),
        .. AuditFields.Tail(),
    ]);

    public static ObjectSchema Lead() => new("Lead", "Lead", "Leads", "00Q",
    [
        .. AuditFields.Head(),
        Text("FirstName", "First Name", 40),
        Text("LastName", "Last Name", 80, nillable: false),
        AuditFields.Name(),
        new("Email", "Email", FieldType.Email, Length: 80),
        new("Phone", "Phone", FieldType.Phone, Length: 40),
        Text("Company", "Company", nillable: false),
        Text("Title", "Title", 128),
        Picklist("Status", "Status", Picklists.LeadStatuses, restricted: true, nillable: false, defaultValue: "Open - Not Contacted"),
        Picklist("LeadSource", "Lead Source", Picklists.LeadSources),
        Picklist("Industry", "Industry", Picklists.Industries),
        AuditFields.Owner(),
        ReadOnly("IsConverted", "Converted", FieldType.Boolean),
        ReadOnly("ConvertedDate", "Converted Date", FieldType.Date),
        ReadOnly("ConvertedAccountId", "Converted Account ID", FieldType.Reference, ["Account"], "ConvertedAccount"),
        ReadOnly("ConvertedContactId", "Converted Contact ID", FieldType.Reference, ["Contact"], "ConvertedContact"),
        ReadOnly("ConvertedOpportunityId", "Converted Opportunity ID", FieldType.Reference, ["Opportunity"], "ConvertedOpportunity"),
        AuditFields.LastActivityDate(),
        .. AuditFields.Tail(),
    ]);

    public static ObjectSchema Opportunity() => new("Opportunity", "Opportunity", "Opportunities", "006",
    [
        .. AuditFields.Head(),
        Lookup("AccountId", "Account ID", "Account", "Account"),
        Text("Name", "Name", 120, nillable: false),
        Picklist("StageName", "Stage", OpportunityStages.All.Select(s => s.ApiName).ToList(), restricted: true, nillable: false),
        new("Amount", "Amount", FieldType.Currency, Precision: 18, Scale: 2),
        new("Probability", "Probability (%)", FieldType.Percent, Precision: 3),
        ReadOnly("ExpectedRevenue", "Expected Amount", FieldType.Currency),
        new("CloseDate", "Close Date", FieldType.Date, Nillable: false),
        Picklist("Type", "Opportunity Type", Picklists.OpportunityTypes),
        Picklist("LeadSource", "Lead Source", Picklists.LeadSources),
        Text("NextStep", "Next Step"),
        ReadOnly("IsClosed", "Closed", FieldType.Boolean),
        ReadOnly("IsWon", "Won", FieldType.Boolean),
        Picklist("ForecastCategoryName", "Forecast Category", Picklists.ForecastCategoryNames),
        ReadOnly("HasOpportunityLineItem", "Has Line Item", FieldType.Boolean),
        AuditFields.Owner(),
        AuditFields.LastActivityDate(),
        .. AuditFields.Tail(),
        new("Age_In_Days__c", "Age In Days", FieldType.Double, Createable: false, Updateable: false, Custom: true, Calculated: true, Precision: 18),
    ]);
}
