using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// The blocks of every pass: per pass the records' keys and the records sorted by key; blocks larger than the
/// cap are flagged per record so later passes know the pair was never generated there.
/// </summary>
internal sealed class BlockIndex
{
    private BlockIndex(IReadOnlyList<BlockingKeyKind> passes, ulong[]?[] keys, int[][] sortedRecords, uint[] oversizedMask, List<Block> blocks, BlockingPassSummary[] summaries)
    {
        Passes = passes;
        Keys = keys;
        SortedRecords = sortedRecords;
        OversizedMask = oversizedMask;
        Blocks = blocks;
        Summaries = summaries;
    }

    public IReadOnlyList<BlockingKeyKind> Passes { get; }

    /// <summary>Keys by pass, then by record (0 = no key); null for a pass no record has a key for.</summary>
    public ulong[]?[] Keys { get; }

    public int[][] SortedRecords { get; }

    /// <summary>Bit p is set when the record sits in an oversized block of pass p.</summary>
    public uint[] OversizedMask { get; }

    /// <summary>Every block of 2..cap records, largest first (so parallel workers finish together).</summary>
    public IReadOnlyList<Block> Blocks { get; }

    public BlockingPassSummary[] Summaries { get; }

    public static BlockIndex Build(RecordFeatures features, IReadOnlyList<BlockingKeyKind> passes, int maxBlockSize, int parallelism)
    {
        if (passes.Count > 32)
        {
            throw new ArgumentException("At most 32 blocking passes are supported.", nameof(passes));
        }

        var n = features.Count;
        var keys = new ulong[]?[passes.Count];
        var sorted = new int[passes.Count][];
        var mask = new uint[n];
        var blocksByPass = new List<Block>[passes.Count];
        var summaries = new BlockingPassSummary[passes.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, passes.Count, options, p =>
        {
            var passKeys = new ulong[n];
            for (var i = 0; i < n; i++)
            {
                passKeys[i] = BlockingKeyBuilder.Key(passes[p], features, i);
            }

            (sorted[p], blocksByPass[p], summaries[p]) = SortIntoBlocks(p, passes[p], passKeys, maxBlockSize);
            keys[p] = summaries[p].KeyedRecords > 0 ? passKeys : null;
        });

        // Oversized flags are written after the parallel section: several passes may flag one record.
        for (var p = 0; p < passes.Count; p++)
        {
            if (keys[p] is { } passKeys)
            {
                MarkOversized(p, passKeys, sorted[p], maxBlockSize, mask);
            }
        }

        var blocks = blocksByPass.SelectMany(list => list).OrderByDescending(b => b.Length).ToList();
        return new BlockIndex(passes, keys, sorted, mask, blocks, summaries);
    }

    private static (int[] Sorted, List<Block> Blocks, BlockingPassSummary Summary) SortIntoBlocks(int pass, BlockingKeyKind kind, ulong[] keys, int cap)
    {
        var keyed = 0;
        foreach (var key in keys)
        {
            keyed += key != 0 ? 1 : 0;
        }

        var sortKeys = new ulong[keyed];
        var records = new int[keyed];
        for (int i = 0, j = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                sortKeys[j] = keys[i];
                records[j++] = i;
            }
        }

        Array.Sort(sortKeys, records);
        var blocks = new List<Block>();
        int largest = 0, oversized = 0, multiRecordBlocks = 0;
        for (var start = 0; start < keyed;)
        {
            var end = start + 1;
            while (end < keyed && sortKeys[end] == sortKeys[start])
            {
                end++;
            }

            var length = end - start;
            largest = Math.Max(largest, length);
            if (length > cap)
            {
                oversized++;
            }
            else if (length >= 2)
            {
                blocks.Add(new Block(pass, start, length));
            }

            multiRecordBlocks += length >= 2 ? 1 : 0;
            start = end;
        }

        return (records, blocks, new BlockingPassSummary(kind, keyed, multiRecordBlocks, largest, oversized));
    }

    private static void MarkOversized(int pass, ulong[] keys, int[] sorted, int cap, uint[] mask)
    {
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && keys[sorted[end]] == keys[sorted[start]])
            {
                end++;
            }

            if (end - start > cap)
            {
                for (var j = start; j < end; j++)
                {
                    mask[sorted[j]] |= 1u << pass;
                }
            }

            start = end;
        }
    }
}
