using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Properties;

/// <summary>Property definitions and groups per object type.</summary>
internal sealed class PropertyCatalog
{
    private readonly Dictionary<ObjectKind, Dictionary<string, PropertyDefinition>> properties = [];
    private readonly Dictionary<ObjectKind, Dictionary<string, PropertyGroup>> groups = [];

    public PropertyCatalog()
    {
        foreach (var type in ObjectTypes.All)
        {
            properties[type.Kind] = new(StringComparer.Ordinal);
            groups[type.Kind] = new(StringComparer.Ordinal);
        }
    }

    /// <summary>A defined, non-archived property, or null.</summary>
    public PropertyDefinition? Find(ObjectKind kind, string name) =>
        properties[kind].TryGetValue(name, out var definition) && !definition.Archived ? definition : null;

    /// <summary>Any property with this name, archived ones included (names stay taken).</summary>
    public PropertyDefinition? FindIncludingArchived(ObjectKind kind, string name) =>
        properties[kind].GetValueOrDefault(name);

    public IEnumerable<PropertyDefinition> List(ObjectKind kind, bool archived) =>
        properties[kind].Values.Where(p => p.Archived == archived);

    public void Add(ObjectKind kind, PropertyDefinition definition) => properties[kind][definition.Name] = definition;

    public PropertyGroup? FindGroup(ObjectKind kind, string name) =>
        groups[kind].TryGetValue(name, out var group) && !group.Archived ? group : null;

    public IEnumerable<PropertyGroup> ListGroups(ObjectKind kind) => groups[kind].Values.Where(g => !g.Archived);

    public void AddGroup(ObjectKind kind, PropertyGroup group) => groups[kind][group.Name] = group;
}
