using CrmSync.Core.Records;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Opportunity ↔ contact associations come from OpportunityContactRole rows: a deal's contacts are its roles'
/// ContactIds, a contact's deals its roles' OpportunityIds. One reader serves a pulled page (the page's records) and
/// the incremental refresh of records whose roles changed (<see cref="ContactRoleRefresher"/>).
/// </summary>
internal sealed class ContactRoleReader(ChildRowReader children)
{
    public const string SObject = "OpportunityContactRole";
    private static readonly string[] RoleFields = ["Id", "OpportunityId", "ContactId"];

    /// <summary>The role field naming records of <paramref name="objectType"/>, when roles link it to <paramref name="associated"/>.</summary>
    public static string? ParentField(string objectType, string associated) => (objectType, associated) switch
    {
        (CrmObjectTypes.Deals, CrmObjectTypes.Contacts) => "OpportunityId",
        (CrmObjectTypes.Contacts, CrmObjectTypes.Deals) => "ContactId",
        _ => null,
    };

    /// <summary>The ids at the other end of the live roles of <paramref name="parents"/>, by parent id.</summary>
    public async Task<ILookup<string, string>> LinkedAsync(string parentField, ParentIds parents, CancellationToken cancellationToken)
    {
        var other = parentField == "OpportunityId" ? "ContactId" : "OpportunityId";
        var rows = await children.ReadAsync(SObject, parentField, RoleFields, $"{parentField}, Id", parents, cancellationToken).ConfigureAwait(false);
        return rows.Where(r => r.Get(other) is not null).ToLookup(r => r.Get(parentField)!, r => r.Get(other)!, StringComparer.Ordinal);
    }
}
