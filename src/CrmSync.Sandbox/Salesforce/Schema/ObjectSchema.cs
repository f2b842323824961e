namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>An sObject: name, key prefix, capabilities and fields (custom fields can be added while running).</summary>
internal sealed class ObjectSchema
{
    private readonly List<FieldDefinition> fields = [];
    private readonly Dictionary<string, FieldDefinition> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FieldDefinition> byRelationship = new(StringComparer.OrdinalIgnoreCase);

    public ObjectSchema(string name, string label, string labelPlural, string keyPrefix, IEnumerable<FieldDefinition> fields, bool writable = true)
    {
        Name = name;
        Label = label;
        LabelPlural = labelPlural;
        KeyPrefix = keyPrefix;
        Writable = writable;
        foreach (var field in fields)
        {
            Add(field);
        }
    }

    public string Name { get; }

    public string Label { get; }

    public string LabelPlural { get; }

    public string KeyPrefix { get; }

    /// <summary>False for read-only objects (OpportunityHistory, OpportunityStage): create/update/delete are refused.</summary>
    public bool Writable { get; }

    public IReadOnlyList<FieldDefinition> Fields => fields;

    public bool HasIsDeleted => byName.ContainsKey("IsDeleted");

    public FieldDefinition? Find(string name) => byName.GetValueOrDefault(name);

    public FieldDefinition? FindRelationship(string name) => byRelationship.GetValueOrDefault(name);

    public void Add(FieldDefinition field)
    {
        if (!byName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"{Name} already has a field named {field.Name}.", nameof(field));
        }

        fields.Add(field);
        if (field.RelationshipName is { } relationship)
        {
            byRelationship[relationship] = field;
        }
    }
}
