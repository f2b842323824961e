namespace CrmSync.Sandbox.Objects;

/// <param name="Label">Upper-case singular used in HubSpot's messages ("CONTACT").</param>
/// <param name="IdBase">Record ids are IdBase + 1, IdBase + 2, ...: monotonic and distinct across types.</param>
/// <param name="DefaultProperties">Returned when a read names no properties.</param>
internal sealed record ObjectTypeInfo(
    ObjectKind Kind,
    string Name,
    string TypeId,
    string Label,
    long IdBase,
    string CreatedProperty,
    string ModifiedProperty,
    IReadOnlyList<string> DefaultProperties,
    bool Mergeable)
{
    /// <summary>Singular form used in v3 association type names ("contact_to_company").</summary>
    public string Singular => Label.ToLowerInvariant();
}
