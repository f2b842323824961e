using CrmSync.Sandbox.Properties;

namespace CrmSync.Sandbox.Objects;

/// <summary>What a read returns of each record: properties, properties with history, associated types.</summary>
internal sealed record RecordProjection(IReadOnlyList<string> Properties, IReadOnlyList<string> History, IReadOnlyList<ObjectTypeInfo> Associations)
{
    /// <summary>
    /// Unknown names are ignored (as HubSpot does). With no names, the type's default set; with names, those plus the
    /// id, create and modified timestamps, which HubSpot always returns.
    /// </summary>
    public static RecordProjection Create(
        PropertyCatalog catalog,
        ObjectTypeInfo type,
        IReadOnlyList<string> properties,
        IReadOnlyList<string> history,
        IReadOnlyList<string> associations)
    {
        var names = properties.Count == 0
            ? type.DefaultProperties
            : properties.Where(p => catalog.Find(type.Kind, p) is not null)
                .Concat([type.CreatedProperty, type.ModifiedProperty, "hs_object_id"])
                .Distinct()
                .ToList();
        var withHistory = history.Where(p => catalog.Find(type.Kind, p) is not null).Distinct().ToList();
        var associated = associations
            .Select(a => ObjectTypes.TryResolve(a, out var to) ? to : null)
            .OfType<ObjectTypeInfo>()
            .Distinct()
            .ToList();
        return new RecordProjection(names, withHistory, associated);
    }

    /// <summary>Every property the record has a value for (create and update answers).</summary>
    public static RecordProjection AllValues { get; } = new([], [], []);
}
