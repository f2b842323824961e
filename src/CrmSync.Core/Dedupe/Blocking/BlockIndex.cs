using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// The blocks of every pass: per pass the records' keys and the records sorted by key. A block above the cap is
/// split by the pass's refinement keys (<see cref="BlockRefinements"/>) until its parts fit; a part that still does
/// not fit once every refinement is used (a placeholder value thousands share) is skipped, and flagged per record
/// so later passes know the pair was never generated there.
/// </summary>
internal sealed class BlockIndex
{
    private BlockIndex(IReadOnlyList<BlockingKeyKind> passes, KeyPart[][] chains, IReadOnlySet<ulong>[] refined, ulong[]?[] keys, int[][] sortedRecords, uint[] oversizedMask, List<Block> blocks, BlockingPassSummary[] summaries)
    {
        Signatures = BuildSignatures(keys, oversizedMask.Length);
        Passes = passes;
        Chains = chains;
        Refined = refined;
        Keys = keys;
        SortedRecords = sortedRecords;
        OversizedMask = oversizedMask;
        Blocks = blocks;
        Summaries = summaries;
    }

    public IReadOnlyList<BlockingKeyKind> Passes { get; }

    /// <summary>Per pass, the refinement keys in the order they split blocks.</summary>
    public KeyPart[][] Chains { get; }

    /// <summary>Per pass, the (partial) keys of the blocks that were split.</summary>
    public IReadOnlySet<ulong>[] Refined { get; }

    /// <summary>Effective keys by pass, then by record (0 = no key); null for a pass no record has a key for.</summary>
    public ulong[]?[] Keys { get; }

    public int[][] SortedRecords { get; }

    /// <summary>Bit p is set when the record sits in a block of pass p skipped for being above the cap even after refinement.</summary>
    public uint[] OversizedMask { get; private set; }

    /// <summary>Every block of 2..cap records, largest first (so parallel workers finish together).</summary>
    public IReadOnlyList<Block> Blocks { get; private set; }

    public BlockingPassSummary[] Summaries { get; }

    /// <summary>Per sorted-neighbourhood pass, each record's position in its order (−1: not in it); null for keyed passes.</summary>
    public int[]?[] WindowPositions { get; private init; } = [];

    /// <summary>
    /// One byte of each record's key per pass, record by record (the passes of a record side by side): whether an
    /// earlier pass produced a pair is first asked of these, which sit in one cache line, and only a byte match
    /// is checked against the full keys.
    /// </summary>
    public byte[] Signatures { get; private set; }

    /// <summary>
    /// Drops the keys, orders and blocks once a batch run has scored its candidates (the summaries stay): a
    /// million records hold some two hundred megabytes here, which the groups and reasons can use instead.
    /// The index is unusable afterwards.
    /// </summary>
    public void ReleaseStorage()
    {
        Array.Fill(Keys, null);
        Array.Fill(SortedRecords, []);
        Array.Fill(WindowPositions, null);
        (OversizedMask, Blocks, Signatures) = ([], [], []);
    }

    private static byte[] BuildSignatures(ulong[]?[] keys, int records)
    {
        var passes = keys.Length;
        var signatures = new byte[(long)records * passes];
        for (var p = 0; p < passes; p++)
        {
            if (keys[p] is not { } passKeys)
            {
                continue;
            }

            for (var i = 0; i < records; i++)
            {
                // The top byte: key 0 ("none") maps to 0, and real keys mix all their bits there.
                signatures[(long)i * passes + p] = (byte)(passKeys[i] >> 56);
            }
        }

        return signatures;
    }

    public static BlockIndex Build(RecordFeatures features, IReadOnlyList<BlockingKeyKind> passes, RecordKind kind, int maxBlockSize, int parallelism)
    {
        if (passes.Count > 32)
        {
            throw new ArgumentException("At most 32 blocking passes are supported.", nameof(passes));
        }

        // Sorted-neighbourhood passes run last: the pairs they add are checked against every keyed pass, and no
        // keyed pass needs to ask whether a window produced a pair.
        passes = passes.Where(p => !NeighbourWindows.IsWindowPass(p)).Concat(passes.Where(NeighbourWindows.IsWindowPass)).ToList();
        var n = features.Count;
        var windowPositions = new int[]?[passes.Count];
        var keys = new ulong[]?[passes.Count];
        var sorted = new int[passes.Count][];
        var chains = passes.Select(p => BlockRefinements.For(p, kind)).ToArray();
        var refined = new IReadOnlySet<ulong>[passes.Count];
        var blocksByPass = new List<Block>[passes.Count];
        var summaries = new BlockingPassSummary[passes.Count];
        var oversizedRuns = new List<(int Start, int Length)>[passes.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, passes.Count, options, p =>
        {
            if (NeighbourWindows.IsWindowPass(passes[p]))
            {
                (sorted[p], blocksByPass[p], summaries[p], windowPositions[p]) = NeighbourWindows.Build(p, passes[p], features);
                (refined[p], oversizedRuns[p]) = (new HashSet<ulong>(), []);
                return;
            }

            var passKeys = new ulong[n];
            for (var i = 0; i < n; i++)
            {
                passKeys[i] = BlockingKeyBuilder.Key(passes[p], features, i);
            }

            var pass = new PassBlocks(p, passes[p], chains[p], features, passKeys, maxBlockSize);
            (sorted[p], blocksByPass[p], summaries[p], refined[p], oversizedRuns[p]) = (pass.Sorted, pass.Blocks, pass.Summary, pass.Refined, pass.Oversized);
            keys[p] = summaries[p].KeyedRecords > 0 ? passKeys : null;
        });

        // Oversized flags are written after the parallel section: several passes may flag one record.
        var mask = new uint[n];
        for (var p = 0; p < passes.Count; p++)
        {
            foreach (var (start, length) in oversizedRuns[p])
            {
                for (var j = start; j < start + length; j++)
                {
                    mask[sorted[p][j]] |= 1u << p;
                }
            }
        }

        var blocks = blocksByPass.SelectMany(list => list).OrderByDescending(b => b.Length).ToList();
        return new BlockIndex(passes, chains, refined, keys, sorted, mask, blocks, summaries) { WindowPositions = windowPositions };
    }

    /// <summary>A record's key in pass <paramref name="pass"/>, refined as the batch run refined its block (0 = none).</summary>
    public ulong KeyOf(int pass, RecordFeatures features, int record) =>
        BlockRefinements.Effective(BlockingKeyBuilder.Key(Passes[pass], features, record), Chains[pass], Refined[pass], features, record);
}
