namespace CrmSync.Sandbox.Salesforce.Query;

internal enum SoqlTokenKind
{
    Identifier,
    String,
    Number,
    Date,
    DateTime,
    Symbol,
    End,
}
