using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Properties;

/// <summary>Shorthand for declaring HubSpot-defined properties in <see cref="PropertySeed"/>.</summary>
internal sealed class SeedPropertyBuilder(PropertyCatalog catalog, DateTimeOffset seededAt)
{
    private readonly DateTimeOffset definedAt = seededAt.AddYears(-3);

    public void Group(ObjectKind kind, string name, string label) =>
        catalog.AddGroup(kind, new PropertyGroup { Name = name, Label = label, DisplayOrder = -1 });

    /// <summary>Id, create and modified timestamps, owner: present on every record type.</summary>
    public void Common(ObjectKind kind, string group, List<PropertyOption> ownerOptions)
    {
        var type = ObjectTypes.Of(kind);
        Add(kind, group, "hs_object_id", "Record ID", "number", "number", readOnly: true);
        Add(kind, group, type.CreatedProperty, "Create Date", "datetime", "date");
        Add(kind, group, type.ModifiedProperty, "Last Modified Date", "datetime", "date", readOnly: true);
        Add(kind, group, "hubspot_owner_id", "Owner", "enumeration", "select", externalOptions: true, options: ownerOptions);
        if (type.Mergeable)
        {
            Add(kind, group, "hs_merged_object_ids", "Merged record IDs", "string", "text", readOnly: true);
        }
    }

    public void Engagement(ObjectKind kind, string group, List<PropertyOption> ownerOptions)
    {
        Common(kind, group, ownerOptions);
        Add(kind, group, "hs_timestamp", "Due date / activity date", "datetime", "date");
    }

    public void Text(ObjectKind kind, string group, string name, string label, bool unique = false) =>
        Add(kind, group, name, label, "string", "text", unique: unique);

    public void Enumeration(ObjectKind kind, string group, string name, string label, string fieldType, IReadOnlyList<string> values) =>
        Add(kind, group, name, label, "enumeration", fieldType,
            options: values.Select((v, i) => new PropertyOption(v, v, false, i, null)).ToList());

    public void Add(
        ObjectKind kind,
        string group,
        string name,
        string label,
        string type,
        string fieldType,
        bool readOnly = false,
        bool unique = false,
        bool externalOptions = false,
        List<PropertyOption>? options = null) =>
        catalog.Add(kind, new PropertyDefinition
        {
            Name = name,
            Label = label,
            Type = type,
            FieldType = fieldType,
            GroupName = group,
            Options = options ?? [],
            HasUniqueValue = unique,
            HubspotDefined = true,
            ReadOnlyValue = readOnly,
            ReadOnlyDefinition = true,
            ExternalOptions = externalOptions,
            Calculated = false,
            CreatedAt = definedAt,
            UpdatedAt = definedAt,
        });
}
