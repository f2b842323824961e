namespace CrmSync.Core.Dedupe;

public sealed record DedupeTimings(TimeSpan Normalise, TimeSpan Block, TimeSpan Train, TimeSpan Score, TimeSpan Cluster)
{
    public TimeSpan Total => Normalise + Block + Train + Score + Cluster;
}
