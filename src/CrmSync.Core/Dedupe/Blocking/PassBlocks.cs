using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// One pass's blocks: records sorted by key, blocks above the cap split level by level by the pass's refinement
/// keys (each record's key in <c>keys</c> rewritten to its block's), then the blocks of 2..cap records.
/// </summary>
internal sealed class PassBlocks
{
    public PassBlocks(int pass, BlockingKeyKind kind, KeyPart[] chain, RecordFeatures features, ulong[] keys, int cap)
    {
        var keyed = 0;
        foreach (var key in keys)
        {
            keyed += key != 0 ? 1 : 0;
        }

        // A scratch array per pass (eight bytes a record), rented so that thirteen passes do not leave thirteen
        // large arrays behind for the next full collection.
        var rented = System.Buffers.ArrayPool<ulong>.Shared.Rent(Math.Max(keyed, 1));
        var sortKeys = rented.AsSpan(0, keyed);
        Sorted = new int[keyed];
        for (int i = 0, j = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                sortKeys[j] = keys[i];
                Sorted[j++] = i;
            }
        }

        sortKeys.Sort(Sorted.AsSpan());
        var largest = Runs(sortKeys, minimumLength: 1).Select(r => r.Length).DefaultIfEmpty(keyed > 0 ? 1 : 0).Max();
        var refinedBlocks = Refine(chain, features, keys, sortKeys, cap);
        int oversized = 0, blocks = 0;
        foreach (var (start, length) in Runs(sortKeys, minimumLength: 1))
        {
            oversized += length > cap ? 1 : 0;
            blocks += length >= 2 ? 1 : 0;
            if (length >= 2 && length <= cap)
            {
                Blocks.Add(new Block(pass, start, length));
            }
            else if (length > cap)
            {
                Oversized.Add((start, length));
            }
        }

        Summary = new BlockingPassSummary(kind, keyed, blocks, largest, oversized) { RefinedBlocks = refinedBlocks };
        System.Buffers.ArrayPool<ulong>.Shared.Return(rented);
    }

    public int[] Sorted { get; }

    /// <summary>Runs of <see cref="Sorted"/> still above the cap after every refinement (skipped), as (start, length).</summary>
    public List<(int Start, int Length)> Oversized { get; } = [];

    public List<Block> Blocks { get; } = [];

    public HashSet<ulong> Refined { get; } = [];

    public BlockingPassSummary Summary { get; }

    /// <summary>Runs of equal keys in sorted order longer than <paramref name="minimumLength"/>, as (start, length).</summary>
    public static List<(int Start, int Length)> Runs(ReadOnlySpan<ulong> keys, int minimumLength = 0)
    {
        var runs = new List<(int, int)>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > minimumLength)
            {
                runs.Add((start, end - start));
            }

            start = end;
        }

        return runs;
    }

    private int Refine(KeyPart[] chain, RecordFeatures features, ulong[] keys, Span<ulong> sortKeys, int cap)
    {
        var refinedBlocks = 0;
        for (var level = 0; level < chain.Length; level++)
        {
            var oversized = Runs(sortKeys, minimumLength: cap);
            if (oversized.Count == 0)
            {
                break;
            }

            foreach (var (start, length) in oversized)
            {
                Refined.Add(sortKeys[start]);
                for (var j = start; j < start + length; j++)
                {
                    sortKeys[j] = keys[Sorted[j]] = BlockRefinements.Refine(sortKeys[j], chain[level], features, Sorted[j]);
                }

                sortKeys.Slice(start, length).Sort(Sorted.AsSpan(start, length));
            }

            refinedBlocks += oversized.Count;
        }

        if (refinedBlocks > 0)
        {
            sortKeys.Sort(Sorted.AsSpan()); // the incremental index finds keys by binary search
        }

        return refinedBlocks;
    }
}
