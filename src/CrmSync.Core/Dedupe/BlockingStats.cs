namespace CrmSync.Core.Dedupe;

/// <summary>
/// What blocking produced: candidate pairs and the reduction ratio 1 − candidates / all pairs, per pass and in
/// total. Oversized blocks were skipped, not compared. <see cref="ComponentPairs"/> counts the extra pairs scored
/// inside components of confident links (see the clustering step); <see cref="TotalCompared"/> includes them.
/// </summary>
public sealed record BlockingStats(int RecordCount, long CandidatePairs, double ReductionRatio, IReadOnlyList<BlockingPassStats> Passes)
{
    public long ComponentPairs { get; init; }

    public long TotalCompared => CandidatePairs + ComponentPairs;

    public long AllPairs => (long)RecordCount * (RecordCount - 1) / 2;

    public int OversizedBlocks => Passes.Sum(p => p.OversizedBlocks);
}
