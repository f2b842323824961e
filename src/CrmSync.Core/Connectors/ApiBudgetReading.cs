namespace CrmSync.Core.Connectors;

/// <summary>
/// What is left of a CRM account's API allocation, as the CRM last reported it and counted down locally for every
/// call since: a HubSpot portal's daily budget, a Salesforce org's rolling 24-hour allocation.
/// </summary>
/// <param name="Remaining">Calls left.</param>
/// <param name="Limit">The allocation, when the CRM said it.</param>
/// <param name="ObservedAt">When the CRM last reported it.</param>
/// <param name="Window">What the allocation covers, for people ("daily", "rolling 24 h").</param>
public sealed record ApiBudgetReading(long Remaining, long? Limit, DateTimeOffset ObservedAt, string Window)
{
    /// <summary>The share left (0..1), when the allocation is known.</summary>
    public double? ShareLeft => Limit is > 0 and var limit ? Math.Clamp((double)Remaining / limit, 0, 1) : null;
}
