namespace CrmSync.Core.Connectors;

/// <summary>
/// A connector that knows its account's API allocation (from the CRM's rate-limit answers). The job runner records the
/// last reading after every run for the dashboard's connector health; a connector without one simply does not implement it.
/// </summary>
public interface IApiBudgetSource
{
    /// <summary>The last reading, or null before the CRM has reported one.</summary>
    ApiBudgetReading? LastApiBudget { get; }
}
