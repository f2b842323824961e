namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>One field of an sObject as describe reports it.</summary>
/// <param name="Name">API name, case as Salesforce spells it (SOQL matches it case-insensitively).</param>
/// <param name="ReferenceTo">Target objects of a reference field; the first is used to follow a relationship.</param>
/// <param name="RelationshipName">Name used in SOQL paths (Account for AccountId), or null.</param>
/// <param name="RestrictedPicklist">Writes outside <paramref name="PicklistValues"/> are rejected.</param>
internal sealed record FieldDefinition(
    string Name,
    string Label,
    FieldType Type,
    bool Createable = true,
    bool Updateable = true,
    bool Nillable = true,
    bool Custom = false,
    bool Calculated = false,
    int Length = 0,
    IReadOnlyList<string>? ReferenceTo = null,
    string? RelationshipName = null,
    IReadOnlyList<string>? PicklistValues = null,
    bool RestrictedPicklist = false,
    bool ExternalId = false,
    bool Unique = false,
    string? DefaultValue = null,
    int Precision = 0,
    int Scale = 0)
{
    public IReadOnlyList<string> Targets => ReferenceTo ?? [];

    public IReadOnlyList<string> PicklistItems => PicklistValues ?? [];

    /// <summary>Read-only system fields (Id, CreatedDate, SystemModstamp, formulas, ...).</summary>
    public static FieldDefinition ReadOnly(string name, string label, FieldType type, IReadOnlyList<string>? referenceTo = null, string? relationshipName = null) =>
        new(name, label, type, Createable: false, Updateable: false, Nillable: type != FieldType.Boolean && type != FieldType.Id,
            ReferenceTo: referenceTo, RelationshipName: relationshipName, Length: type == FieldType.Id ? 18 : 0);

    public static FieldDefinition Text(string name, string label, int length = 255, bool nillable = true) =>
        new(name, label, FieldType.String, Nillable: nillable, Length: length);

    public static FieldDefinition Lookup(string name, string label, string target, string relationship, bool createable = true, bool updateable = true) =>
        new(name, label, FieldType.Reference, Createable: createable, Updateable: updateable, Length: 18, ReferenceTo: [target], RelationshipName: relationship);

    public static FieldDefinition Picklist(string name, string label, IReadOnlyList<string> values, bool restricted = false, bool nillable = true, string? defaultValue = null) =>
        new(name, label, FieldType.Picklist, Nillable: nillable, Length: 255, PicklistValues: values, RestrictedPicklist: restricted, DefaultValue: defaultValue);
}
