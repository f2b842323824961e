namespace CrmSync.HubSpot.Calls;

/// <summary>A success status whose body was empty or unusable; retried like a malformed body.</summary>
internal sealed class InvalidHubSpotResponseException(string operation)
    : Exception($"HubSpot answered {operation} with a success status but an empty or unusable body.");
