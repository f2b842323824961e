namespace CrmSync.Core.Records;

/// <summary>The object type names CrmSync uses in its store; connectors map them to their CRM's names.</summary>
public static class CrmObjectTypes
{
    public const string Contacts = "contacts";
    public const string Companies = "companies";
    public const string Deals = "deals";

    public static readonly IReadOnlyList<string> All = [Contacts, Companies, Deals];
}
