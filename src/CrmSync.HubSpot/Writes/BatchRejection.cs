using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Writes;

/// <summary>HubSpot refused a whole batch: the status and its error body (null when the body was not HubSpot's JSON).</summary>
internal sealed record BatchRejection(int Status, HsError? Error);
