namespace CrmSync.Salesforce.Wire;

internal sealed class SfFieldDescribe
{
    public string Name { get; set; } = "";

    /// <summary>double, string, textarea, datetime, picklist, reference, …</summary>
    public string? Type { get; set; }

    public bool Updateable { get; set; }

    public bool Createable { get; set; }

    public bool Custom { get; set; }

    /// <summary>For lookups: the name of the parent in relationship paths (<c>Account</c> for <c>AccountId</c>).</summary>
    public string? RelationshipName { get; set; }
}
