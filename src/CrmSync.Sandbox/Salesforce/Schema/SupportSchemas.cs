using static CrmSync.Sandbox.Salesforce.Schema.FieldDefinition;

namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>User, Task and the opportunity satellites (history, stages, contact roles).</summary>
internal static class SupportSchemas
{
    public static ObjectSchema User() => new("User", "User", "Users", "005",
    [
        .. AuditFields.Head(deletable: false),
        Text("Username", "Username", 80, nillable: false),
        Text("FirstName", "First Name", 40),
        Text("LastName", "Last Name", 80, nillable: false),
        AuditFields.Name(),
        new("Email", "Email", FieldType.Email, Nillable: false, Length: 128),
        Text("Alias", "Alias", 8, nillable: false),
        new("IsActive", "Active", FieldType.Boolean, Nillable: false),
        Text("Department", "Department", 80),
        .. AuditFields.Tail(),
    ], writable: false);

    public static ObjectSchema Task() => new("Task", "Task", "Tasks", "00T",
    [
        .. AuditFields.Head(),
        new("WhoId", "Name ID", FieldType.Reference, Length: 18, ReferenceTo: ["Contact", "Lead"], RelationshipName: "Who"),
        new("WhatId", "Related To ID", FieldType.Reference, Length: 18, ReferenceTo: ["Account", "Opportunity"], RelationshipName: "What"),
        Text("Subject", "Subject"),
        new("ActivityDate", "Due Date Only", FieldType.Date),
        Picklist("Status", "Status", Picklists.TaskStatuses, restricted: true, nillable: false, defaultValue: "Not Started"),
        Picklist("Priority", "Priority", Picklists.TaskPriorities, restricted: true, nillable: false, defaultValue: "Normal"),
        new("Description", "Description", FieldType.TextArea, Length: 32000),
        ReadOnly("IsClosed", "Closed", FieldType.Boolean),
        ReadOnly("CompletedDateTime", "Completed Date/Time", FieldType.DateTime),
        AuditFields.Owner(),
        .. AuditFields.Tail(),
    ]);

    public static ObjectSchema OpportunityHistory() => new("OpportunityHistory", "Opportunity History", "Opportunity History", "008",
    [
        .. AuditFields.Head(),
        ReadOnly("OpportunityId", "Opportunity ID", FieldType.Reference, ["Opportunity"], "Opportunity"),
        ReadOnly("StageName", "Stage", FieldType.Picklist),
        ReadOnly("Amount", "Amount", FieldType.Currency),
        ReadOnly("ExpectedRevenue", "Expected Revenue", FieldType.Currency),
        ReadOnly("CloseDate", "Close Date", FieldType.Date),
        ReadOnly("Probability", "Probability (%)", FieldType.Percent),
        ReadOnly("ForecastCategory", "Forecast Category", FieldType.Picklist) with { PicklistValues = Picklists.ForecastCategories },
        ReadOnly("PrevAmount", "Previous Amount", FieldType.Currency),
        ReadOnly("PrevCloseDate", "Previous Close Date", FieldType.Date),
        .. AuditFields.Tail(lastModified: false),
    ], writable: false);

    public static ObjectSchema OpportunityStage() => new("OpportunityStage", "Opportunity Stage", "Opportunity Stages", "01J",
    [
        .. AuditFields.Head(deletable: false),
        ReadOnly("ApiName", "Api Name", FieldType.String),
        ReadOnly("MasterLabel", "Master Label", FieldType.String),
        ReadOnly("IsActive", "Is Active", FieldType.Boolean),
        ReadOnly("IsClosed", "Closed", FieldType.Boolean),
        ReadOnly("IsWon", "Won", FieldType.Boolean),
        ReadOnly("DefaultProbability", "Probability (%)", FieldType.Percent),
        ReadOnly("ForecastCategory", "Forecast Type", FieldType.Picklist),
        ReadOnly("ForecastCategoryName", "Forecast Category", FieldType.Picklist),
        ReadOnly("SortOrder", "Sort Order", FieldType.Int),
        .. AuditFields.Tail(),
    ], writable: false);

    public static ObjectSchema OpportunityContactRole() => new("OpportunityContactRole", "Opportunity Contact Role", "Opportunity Contact Roles", "00K",
    [
        .. AuditFields.Head(),
        Lookup("OpportunityId", "Opportunity ID", "Opportunity", "Opportunity", updateable: false) with { Nillable = false },
        Lookup("ContactId", "Contact ID", "Contact", "Contact") with { Nillable = false },
        Picklist("Role", "Role", Picklists.ContactRoles),
        new("IsPrimary", "Primary", FieldType.Boolean, Nillable: false),
        .. AuditFields.Tail(),
    ]);
}
