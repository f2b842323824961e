namespace CrmSync.Core.Dedupe;

/// <summary>
/// One pass: records that had a key, blocks of two or more, the largest block, blocks skipped for exceeding the
/// cap, and the pairs this pass added (pairs an earlier pass already produced are not counted again).
/// </summary>
public sealed record BlockingPassStats(BlockingKeyKind Key, int KeyedRecords, int Blocks, int LargestBlock, int OversizedBlocks, long NewPairs);
