using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>A WHERE clause node.</summary>
internal abstract record SoqlCondition
{
    public sealed record And(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

    public sealed record Or(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

    public sealed record Not(SoqlCondition Inner) : SoqlCondition;

    /// <param name="Operator">=, !=, &lt;, &lt;=, &gt;, &gt;= (&lt;&gt; is read as !=).</param>
    public sealed record Compare(SoqlFieldRef Field, string Operator, SoqlLiteral Value) : SoqlCondition;

    public sealed record In(SoqlFieldRef Field, bool Negated, IReadOnlyList<SoqlLiteral> Values) : SoqlCondition;

    public sealed record Like(SoqlFieldRef Field, Regex Pattern, int Position) : SoqlCondition;
}
