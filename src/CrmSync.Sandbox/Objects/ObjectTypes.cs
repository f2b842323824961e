namespace CrmSync.Sandbox.Objects;

/// <summary>The object types the sandbox serves, addressable by name or type id (hubspot-api.md §1).</summary>
internal static class ObjectTypes
{
    public static readonly ObjectTypeInfo Contacts = new(
        ObjectKind.Contacts, "contacts", "0-1", "CONTACT", 1_000, "createdate", "lastmodifieddate",
        ["createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"], Mergeable: true);

    public static readonly ObjectTypeInfo Companies = new(
        ObjectKind.Companies, "companies", "0-2", "COMPANY", 2_000_000_000, "createdate", "hs_lastmodifieddate",
        ["createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"], Mergeable: true);

    public static readonly ObjectTypeInfo Deals = new(
        ObjectKind.Deals, "deals", "0-3", "DEAL", 3_000_000_000, "createdate", "hs_lastmodifieddate",
        ["amount", "closedate", "createdate", "dealname", "dealstage", "hs_lastmodifieddate", "hs_object_id", "pipeline"], Mergeable: true);

    public static readonly ObjectTypeInfo Tasks = new(
        ObjectKind.Tasks, "tasks", "0-27", "TASK", 4_000_000_000, "hs_createdate", "hs_lastmodifieddate",
        ["hs_createdate", "hs_lastmodifieddate", "hs_object_id"], Mergeable: false);

    public static readonly ObjectTypeInfo Notes = new(
        ObjectKind.Notes, "notes", "0-46", "NOTE", 5_000_000_000, "hs_createdate", "hs_lastmodifieddate",
        ["hs_createdate", "hs_lastmodifieddate", "hs_object_id"], Mergeable: false);

    public static readonly IReadOnlyList<ObjectTypeInfo> All = [Contacts, Companies, Deals, Tasks, Notes];

    public static bool TryResolve(string? nameOrTypeId, out ObjectTypeInfo type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, nameOrTypeId, StringComparison.OrdinalIgnoreCase) || candidate.TypeId == nameOrTypeId)
            {
                type = candidate;
                return true;
            }
        }

        type = Contacts;
        return false;
    }

    public static ObjectTypeInfo Resolve(string nameOrTypeId) =>
        TryResolve(nameOrTypeId, out var type)
            ? type
            : throw new ArgumentException($"Unknown object type '{nameOrTypeId}'. Known: {string.Join(", ", All.Select(t => t.Name))}.", nameof(nameOrTypeId));

    public static ObjectTypeInfo Of(ObjectKind kind) => All[(int)kind];
}
