namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>One ORDER BY item; nulls come first ascending and last descending unless NULLS FIRST/LAST says otherwise.</summary>
internal sealed record SoqlOrder(SoqlFieldRef Field, bool Descending, bool NullsLast);
