namespace CrmSync.HubSpot.Api;

/// <summary>The generated Refit clients of one connector, sharing one HttpClient.</summary>
internal sealed record HubSpotApiSet(
    IHubSpotObjectsApi Objects,
    IHubSpotAssociationsApi Associations,
    IHubSpotPropertiesApi Properties,
    IHubSpotAccountApi Account);
