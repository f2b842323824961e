namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>Describe's field types the fake serves; each maps to one in-memory representation (see <see cref="FieldTypes"/>).</summary>
internal enum FieldType
{
    Id,
    String,
    TextArea,
    Email,
    Phone,
    Url,
    Picklist,
    Reference,
    Boolean,
    Double,
    Currency,
    Percent,
    Int,
    Date,
    DateTime,
}
