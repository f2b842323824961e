namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>A literal in a WHERE clause: quoted string (decoded), number, true/false, null, date or datetime.</summary>
internal sealed record SoqlLiteral(SoqlLiteralKind Kind, object? Value, int Position, string Written);
