namespace CrmSync.Sandbox.Properties;

internal sealed class PropertyGroup
{
    public required string Name { get; init; }

    public required string Label { get; set; }

    public int DisplayOrder { get; set; } = -1;

    public bool Archived { get; set; }
}
