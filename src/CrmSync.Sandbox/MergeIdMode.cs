namespace CrmSync.Sandbox;

/// <summary>Which id a merge answers with (hubspot-api.md §11).</summary>
public enum MergeIdMode
{
    /// <summary>The primary survives under its own id (portals in HubSpot's primary-id-preservation rollout).</summary>
    KeepPrimary,

    /// <summary>
    /// As live portals do by default: the merge creates a record with a new id, archives both inputs, and both old ids
    /// resolve to the new record.
    /// </summary>
    NewRecord,
}
