namespace CrmSync.Core.Dedupe;

/// <summary>
/// One pass: records that had a key, blocks of two or more (after refinement), the largest block before
/// refinement, blocks still above the cap once every refinement key was used (skipped), and the pairs this pass
/// added (pairs an earlier pass already produced are not counted again).
/// </summary>
public sealed record BlockingPassStats(BlockingKeyKind Key, int KeyedRecords, int Blocks, int LargestBlock, int OversizedBlocks, long NewPairs)
{
    /// <summary>Blocks (and sub-blocks) above the cap that were split by a refinement key rather than skipped.</summary>
    public int RefinedBlocks { get; init; }
}
