namespace CrmSync.Core.Duplicates;

/// <summary>
/// Off by default: CrmSync marks duplicates and alerts their owners. When enabled, a record whose link to its group's
/// primary reaches <see cref="MinProbability"/> is merged into it with the CRM's merge, which cannot be undone.
/// </summary>
public sealed class AutoMergeOptions
{
    public const double LowestAllowedProbability = 0.95;

    public bool Enabled { get; set; }

    public double MinProbability { get; set; } = 0.995;
}
