using CrmSync.Core.Records;

namespace CrmSync.HubSpot.Pull;

/// <summary>Per object type: the modified-timestamp property search filters on, and the properties always pulled.</summary>
internal sealed record HubSpotObjectProfile(string ObjectType, string ModifiedProperty, IReadOnlyList<string> AlwaysProperties)
{
    public const string ObjectIdProperty = "hs_object_id";

    public static HubSpotObjectProfile For(string objectType) => objectType switch
    {
        // Contacts are the one type whose modified timestamp is not hs_lastmodifieddate.
        CrmObjectTypes.Contacts => new(objectType, "lastmodifieddate", ["lastmodifieddate", "createdate", "hubspot_owner_id"]),
        CrmObjectTypes.Deals => new(objectType, "hs_lastmodifieddate", ["hs_lastmodifieddate", "createdate", "hubspot_owner_id", "pipeline", "dealstage"]),
        _ => new(objectType, "hs_lastmodifieddate", ["hs_lastmodifieddate", "createdate", "hubspot_owner_id"]),
    };
}
