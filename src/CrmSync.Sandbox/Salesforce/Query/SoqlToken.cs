namespace CrmSync.Sandbox.Salesforce.Query;

/// <param name="Text">Identifier or symbol text, the number or date as written, or a string literal's raw content (escapes not yet decoded).</param>
internal readonly record struct SoqlToken(SoqlTokenKind Kind, string Text, int Position)
{
    public bool IsKeyword(string keyword) => Kind == SoqlTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SoqlTokenKind.Symbol && Text == symbol;
}
