namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>A field as written in the query: "Name", "Account.Owner.Email"; resolved against the schema later.</summary>
internal sealed record SoqlFieldRef(IReadOnlyList<string> Parts, int Position)
{
    public string Text => string.Join('.', Parts);
}
