namespace CrmSync.DedupeBench;

/// <summary>One row of the data-set table.</summary>
internal sealed record DatasetReport(
    string Name,
    int Records,
    int TruePairs,
    long Candidates,
    double PairsCompleteness,
    double ReductionRatio,
    Quality Pairwise,
    Quality ClusterPairs,
    Quality BCubed,
    (double Threshold, Quality Quality) OracleBest,
    double MedianSeconds,
    double PeakMegabytes,
    double PriorMatchProbability,
    int Groups,
    int LargestGroup);
