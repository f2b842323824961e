namespace CrmSync.Core.Connectors;

/// <summary>A property CrmSync owns and writes; the connector creates it in the CRM when missing.</summary>
public sealed record ComputedPropertyDefinition(
    string ObjectType,
    string Name,
    string Label,
    ComputedPropertyType Type,
    string Description);
