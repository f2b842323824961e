namespace CrmSync.Core.Alerts.Budgets;

/// <summary>How often an owner's digest task starts afresh; <see cref="Off"/> = one task per alert.</summary>
public enum DigestPeriod
{
    Off,
    Daily,
    Weekly,
}
