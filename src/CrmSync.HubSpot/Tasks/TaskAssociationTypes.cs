using CrmSync.Core.Records;

namespace CrmSync.HubSpot.Tasks;

/// <summary>HUBSPOT_DEFINED association type ids from a task to the record it is about.</summary>
internal static class TaskAssociationTypes
{
    public static int For(string objectType) => objectType switch
    {
        CrmObjectTypes.Contacts => 204,
        CrmObjectTypes.Companies => 192,
        CrmObjectTypes.Deals => 216,
        _ => throw new ArgumentException($"Tasks can be associated with contacts, companies or deals, not '{objectType}'.", nameof(objectType)),
    };
}
