namespace CrmSync.Core.Metrics;

/// <summary>The kinds of <see cref="VolumeSource"/>.</summary>
public enum VolumeSourceKind
{
    ContactCreated,
    Lifecycle,
    DealCreated,
    DealWon,
    DealStage,
}
