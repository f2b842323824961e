namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>Every sObject the fake org serves, by name (case-insensitive, as SOQL and the REST paths accept them).</summary>
internal sealed class SchemaCatalog
{
    private readonly Dictionary<string, ObjectSchema> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ObjectSchema> byPrefix = new(StringComparer.Ordinal);

    public SchemaCatalog(IEnumerable<SalesforceCustomField> customFields)
    {
        ObjectSchema[] all =
        [
            SalesSchemas.Account(), SalesSchemas.Contact(), SalesSchemas.Lead(), SalesSchemas.Opportunity(),
            SupportSchemas.User(), SupportSchemas.Task(), SupportSchemas.OpportunityHistory(),
            SupportSchemas.OpportunityStage(), SupportSchemas.OpportunityContactRole(),
        ];
        foreach (var schema in all)
        {
            byName[schema.Name] = schema;
            byPrefix[schema.KeyPrefix] = schema;
        }

        foreach (var field in customFields)
        {
            AddCustomField(field);
        }
    }

    public IEnumerable<ObjectSchema> All => byName.Values.OrderBy(s => s.Name, StringComparer.Ordinal);

    public ObjectSchema? Find(string name) => byName.GetValueOrDefault(name);

    public ObjectSchema? FindByPrefix(string id) => id.Length >= 3 ? byPrefix.GetValueOrDefault(id[..3]) : null;

    public FieldDefinition AddCustomField(SalesforceCustomField field)
    {
        var schema = Find(field.ObjectName)
            ?? throw new ArgumentException($"Custom field {field.FieldName}: the fake org has no object '{field.ObjectName}'.", nameof(field));
        if (!field.FieldName.EndsWith("__c", StringComparison.Ordinal) || field.FieldName.Length < 4
            || !char.IsAsciiLetter(field.FieldName[0]) || !field.FieldName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"Custom field name '{field.FieldName}' must be letters, digits and underscores ending in __c.", nameof(field));
        }

        var type = field.Type switch
        {
            SalesforceCustomFieldType.Text => FieldType.String,
            SalesforceCustomFieldType.TextArea => FieldType.TextArea,
            SalesforceCustomFieldType.Number => FieldType.Double,
            SalesforceCustomFieldType.Checkbox => FieldType.Boolean,
            SalesforceCustomFieldType.Date => FieldType.Date,
            SalesforceCustomFieldType.DateTime => FieldType.DateTime,
            _ => FieldType.Picklist,
        };
        var definition = new FieldDefinition(
            field.FieldName,
            field.FieldName[..^3].Replace('_', ' '),
            type,
            Createable: field.Updateable,
            Updateable: field.Updateable,
            Nillable: type != FieldType.Boolean,
            Custom: true,
            Length: type is FieldType.String or FieldType.TextArea or FieldType.Picklist ? field.Length : 0,
            PicklistValues: field.PicklistValues,
            ExternalId: field.ExternalId,
            Unique: field.Unique,
            Precision: type == FieldType.Double ? 18 : 0,
            Scale: type == FieldType.Double ? 3 : 0);
        schema.Add(definition);
        return definition;
    }
}
