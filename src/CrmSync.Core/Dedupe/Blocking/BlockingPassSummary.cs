namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>Shape of one pass's blocks, before pairs are counted (largest: before refinement; oversized: skipped after it).</summary>
internal readonly record struct BlockingPassSummary(BlockingKeyKind Key, int KeyedRecords, int Blocks, int LargestBlock, int OversizedBlocks)
{
    public int RefinedBlocks { get; init; }
}
