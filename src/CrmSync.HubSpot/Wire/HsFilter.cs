namespace CrmSync.HubSpot.Wire;

internal sealed class HsFilter
{
    public required string PropertyName { get; init; }
    public required string Operator { get; init; }

    /// <summary>The operand of EQ, GT, LT and the like.</summary>
    public string? Value { get; init; }

    /// <summary>The operands of IN and NOT_IN.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
