namespace CrmSync.Sandbox.Salesforce;

/// <summary>
/// A custom field that exists in the fake org (as an admin would create it; the API user cannot create fields).
/// <paramref name="FieldName"/> must end in <c>__c</c>. <paramref name="Unique"/> rejects a second record with the same
/// value (DUPLICATE_VALUE); <paramref name="ExternalId"/> also allows upserts by it.
/// </summary>
public sealed record SalesforceCustomField(
    string ObjectName,
    string FieldName,
    SalesforceCustomFieldType Type,
    int Length = 255,
    bool ExternalId = false,
    bool Unique = false,
    bool Updateable = true,
    IReadOnlyList<string>? PicklistValues = null)
{
    /// <summary>
    /// The fields CrmSync writes, as its admin guide asks an admin to create them: the computed properties of
    /// docs/computed-properties.md as <c>CrmSync_*__c</c> fields, and the alert key on Task (unique external id, so a
    /// task is created once per alert).
    /// </summary>
    public static IReadOnlyList<SalesforceCustomField> CrmSyncDefaults { get; } = Build();

    private static List<SalesforceCustomField> Build()
    {
        var fields = new List<SalesforceCustomField>();
        foreach (var person in new[] { "Lead", "Contact", "Account" })
        {
            fields.Add(new(person, "CrmSync_Duplicate_Group__c", SalesforceCustomFieldType.Text, 40));
            fields.Add(new(person, "CrmSync_Duplicate_Of__c", SalesforceCustomFieldType.Text, 18));
            fields.Add(new(person, "CrmSync_Duplicate_Score__c", SalesforceCustomFieldType.Number));
            fields.Add(new(person, "CrmSync_Duplicate_Reason__c", SalesforceCustomFieldType.TextArea, 1000));
            fields.Add(new(person, "CrmSync_Last_Activity_Days__c", SalesforceCustomFieldType.Number));
        }

        fields.Add(new("Opportunity", "CrmSync_Days_In_Stage__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Opportunity", "CrmSync_Last_Activity_Days__c", SalesforceCustomFieldType.Number));
        // The metrics analyzer's properties (docs/computed-properties.md, "Metrics properties").
        fields.Add(new("Account", "CrmSync_Mrr__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Account", "CrmSync_Mrr_Movement__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Account", "CrmSync_Mrr_Bucket__c", SalesforceCustomFieldType.Text, 20));
        fields.Add(new("Account", "CrmSync_Nrr_12m__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Account", "CrmSync_Customer_Since__c", SalesforceCustomFieldType.DateTime));
        fields.Add(new("Opportunity", "CrmSync_Cycle_Days__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Opportunity", "CrmSync_Stage_Win_Probability__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Opportunity", "CrmSync_Expected_Value__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Opportunity", "CrmSync_Stage_Criteria_Status__c", SalesforceCustomFieldType.Text, 20));
        fields.Add(new("Opportunity", "CrmSync_Stage_Criteria_Issues__c", SalesforceCustomFieldType.TextArea, 32_000));
        fields.Add(new("Opportunity", "CrmSync_Stage_Benchmark_Days__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Opportunity", "CrmSync_Stage_Age_Ratio__c", SalesforceCustomFieldType.Number));
        // Renewals and the health score (docs/renewals-and-health.md).
        fields.Add(new("Account", "CrmSync_Renewal_Due_Date__c", SalesforceCustomFieldType.DateTime));
        fields.Add(new("Account", "CrmSync_Health_Score__c", SalesforceCustomFieldType.Number));
        fields.Add(new("Account", "CrmSync_Health_Reasons__c", SalesforceCustomFieldType.TextArea, 1000));
        fields.Add(new("Account", "CrmSync_Health_Alert_Since__c", SalesforceCustomFieldType.DateTime));
        fields.Add(new("Task", "CrmSync_Alert_Key__c", SalesforceCustomFieldType.Text, 255, ExternalId: true, Unique: true));
        return fields;
    }
}
