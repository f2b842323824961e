namespace CrmSync.Sandbox.Salesforce;

/// <summary>Custom field types an admin can add to the fake org (Setup → Object Manager → Fields).</summary>
public enum SalesforceCustomFieldType
{
    Text,
    TextArea,
    Number,
    Checkbox,
    Date,
    DateTime,
    Picklist,
}
