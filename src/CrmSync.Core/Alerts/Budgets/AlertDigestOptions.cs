namespace CrmSync.Core.Alerts.Budgets;

/// <summary>Digest mode (<c>CrmSync:Connectors:{name}:Alerts:Digest</c>): one task per owner per period instead of one per alert.</summary>
public sealed class AlertDigestOptions
{
    /// <summary>The period of every alert type without its own entry in <see cref="Types"/>; Off = one task per alert.</summary>
    public DigestPeriod Mode { get; set; } = DigestPeriod.Off;

    /// <summary>Alert type (e.g. <c>duplicate_group</c>) → its own period, overriding <see cref="Mode"/>.</summary>
    public Dictionary<string, DigestPeriod> Types { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Items listed in one digest task, highest priority first; the rest are counted ("and N more").</summary>
    public int MaxItems { get; set; } = 25;

    public DigestPeriod PeriodFor(string alertType) =>
        Types.FirstOrDefault(t => string.Equals(t.Key, alertType, StringComparison.OrdinalIgnoreCase)) is { Key: not null } entry
            ? entry.Value
            : Mode;
}
