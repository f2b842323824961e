namespace CrmSync.HubSpot.Wire;

internal sealed class HsFilter
{
    public required string PropertyName { get; init; }
    public required string Operator { get; init; }
    public required string Value { get; init; }
}
