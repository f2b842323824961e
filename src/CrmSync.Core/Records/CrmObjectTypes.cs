namespace CrmSync.Core.Records;

/// <summary>
/// The canonical object kinds. The store, the analyzers and the planners use these names; each connector maps them to
/// its CRM's objects (HubSpot "contacts", Salesforce "Contact") and says which it supports.
/// </summary>
public static class CrmObjectTypes
{
    public const string Contacts = "contacts";

    /// <summary>Unconverted prospects (Salesforce Lead); a CRM without a lead object does not offer it.</summary>
    public const string Leads = "leads";

    public const string Companies = "companies";
    public const string Deals = "deals";

    /// <summary>Users records are assigned to; read as <see cref="CrmOwner"/>, not stored as records.</summary>
    public const string Owners = "owners";

    /// <summary>The tasks CrmSync creates for owners; never pulled as records.</summary>
    public const string Tasks = "tasks";

    /// <summary>The kinds that are pulled and stored as records.</summary>
    public static readonly IReadOnlyList<string> All = [Contacts, Leads, Companies, Deals];

    public static bool IsRecordType(string? objectType) => objectType is not null && All.Contains(objectType, StringComparer.Ordinal);
}
