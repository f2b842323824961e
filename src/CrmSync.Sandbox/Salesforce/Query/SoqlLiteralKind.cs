namespace CrmSync.Sandbox.Salesforce.Query;

internal enum SoqlLiteralKind
{
    String,
    Number,
    Boolean,
    Null,
    Date,
    DateTime,
}
