namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>
/// How values of each type live in memory: text-like types as string, numbers as double, booleans as bool, dates as
/// DateOnly and datetimes as a UTC DateTime. Describe and the SOQL type checks use the same grouping.
/// </summary>
internal static class FieldTypes
{
    public static bool IsText(this FieldType type) =>
        type is FieldType.String or FieldType.TextArea or FieldType.Email or FieldType.Phone or FieldType.Url or FieldType.Picklist;

    public static bool IsIdLike(this FieldType type) => type is FieldType.Id or FieldType.Reference;

    public static bool IsNumber(this FieldType type) =>
        type is FieldType.Double or FieldType.Currency or FieldType.Percent or FieldType.Int;

    /// <summary>The name describe reports ("picklist", "datetime", "textarea", ...).</summary>
    public static string DescribeName(this FieldType type) => type switch
    {
        FieldType.TextArea => "textarea",
        FieldType.DateTime => "datetime",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>The SOAP type describe reports next to the field type.</summary>
    public static string SoapType(this FieldType type) => type switch
    {
        FieldType.Id or FieldType.Reference => "tns:ID",
        FieldType.Boolean => "xsd:boolean",
        FieldType.Double or FieldType.Currency or FieldType.Percent => "xsd:double",
        FieldType.Int => "xsd:int",
        FieldType.Date => "xsd:date",
        FieldType.DateTime => "xsd:dateTime",
        _ => "xsd:string",
    };
}
