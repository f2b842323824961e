namespace CrmSync.Sandbox;

/// <summary>
/// A contact (HubSpot sandbox) or lead (fake Salesforce org) planted with the stage-criteria cases, in a lifecycle stage
/// or lead status whose default criteria it breaks, with the one rule it breaks (null for the clean controls).
/// <paramref name="ObjectType"/> is CrmSync's canonical object type: <c>contacts</c> or <c>leads</c>.
/// </summary>
public sealed record PlantedLifecycleCase(string ObjectType, string RecordId, string Case, string? Rule);
