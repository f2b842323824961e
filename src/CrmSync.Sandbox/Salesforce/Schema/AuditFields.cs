namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>The system fields every record carries (Id, IsDeleted, Created*, LastModified*, SystemModstamp) and OwnerId.</summary>
internal static class AuditFields
{
    public static IEnumerable<FieldDefinition> Head(bool deletable = true)
    {
        yield return FieldDefinition.ReadOnly("Id", "Record ID", FieldType.Id);
        if (deletable)
        {
            yield return FieldDefinition.ReadOnly("IsDeleted", "Deleted", FieldType.Boolean);
        }
    }

    public static IEnumerable<FieldDefinition> Tail(bool lastModified = true)
    {
        yield return FieldDefinition.ReadOnly("CreatedDate", "Created Date", FieldType.DateTime);
        yield return FieldDefinition.ReadOnly("CreatedById", "Created By ID", FieldType.Reference, ["User"], "CreatedBy");
        if (lastModified)
        {
            yield return FieldDefinition.ReadOnly("LastModifiedDate", "Last Modified Date", FieldType.DateTime);
            yield return FieldDefinition.ReadOnly("LastModifiedById", "Last Modified By ID", FieldType.Reference, ["User"], "LastModifiedBy");
        }

        yield return FieldDefinition.ReadOnly("SystemModstamp", "System Modstamp", FieldType.DateTime);
    }

    public static FieldDefinition Owner() => FieldDefinition.Lookup("OwnerId", "Owner ID", "User", "Owner") with { Nillable = false };

    public static FieldDefinition LastActivityDate() => FieldDefinition.ReadOnly("LastActivityDate", "Last Activity", FieldType.Date);

    public static FieldDefinition Name() => FieldDefinition.ReadOnly("Name", "Full Name", FieldType.String) with { Length = 121 };
}
