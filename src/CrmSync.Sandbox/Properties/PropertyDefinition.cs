namespace CrmSync.Sandbox.Properties;

/// <summary>A property of one object type; mutable because PATCH edits it in place (under the store lock).</summary>
internal sealed class PropertyDefinition
{
    public required string Name { get; init; }

    public required string Label { get; set; }

    public required string Type { get; set; }

    public required string FieldType { get; set; }

    public required string GroupName { get; set; }

    public string Description { get; set; } = "";

    public List<PropertyOption> Options { get; set; } = [];

    public int DisplayOrder { get; set; } = -1;

    public bool HasUniqueValue { get; init; }

    public bool Hidden { get; set; }

    public bool FormField { get; set; }

    public bool Calculated { get; init; }

    /// <summary>Valid values live elsewhere (pipelines, owners), so <see cref="Options"/> is not checked.</summary>
    public bool ExternalOptions { get; init; }

    public bool HubspotDefined { get; init; }

    /// <summary>Record writes to this property are refused (READ_ONLY_VALUE).</summary>
    public bool ReadOnlyValue { get; init; }

    public bool ReadOnlyDefinition { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Archived { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
}
