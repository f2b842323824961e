namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// Enumerates candidate pairs block by block, in parallel. A pair is produced by the first pass that blocks it,
/// so pairs sharing several keys are visited once without a global set of seen pairs.
/// </summary>
internal sealed class CandidatePairs(BlockIndex index)
{
    public BlockIndex Index { get; } = index;

    /// <summary>
    /// Calls <paramref name="visit"/>(state, a, b, pass) once per candidate pair with a &lt; b. Each worker thread
    /// has its own state, handed to <paramref name="merge"/> (under a lock) when the worker ends. With
    /// <paramref name="sample"/>, only pairs it accepts are visited (asked before the costlier earlier-pass check).
    /// </summary>
    public void ForEach<TState>(Func<TState> create, Action<TState, int, int, int> visit, Action<TState> merge, int parallelism, CancellationToken cancellationToken, Func<int, int, bool>? sample = null)
    {
        var blocks = Index.Blocks;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        Parallel.For(0, blocks.Count, options, create, (b, _, state) =>
        {
            VisitBlock(blocks[b], state, visit, sample);
            return state;
        }, state =>
        {
            lock (gate)
            {
                merge(state);
            }
        });
    }

    /// <summary>True when some pass produces the pair (a shared key in a block within the cap, or neighbours in a window).</summary>
    public bool IsCandidate(int a, int b)
    {
        if (!IsFirstPass(a, b, Index.Passes.Count))
        {
            return true;
        }

        foreach (var position in Index.WindowPositions)
        {
            if (position is not null && position[a] >= 0 && position[b] >= 0 && Math.Abs(position[a] - position[b]) < NeighbourWindows.Window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when no earlier pass produced the pair (they share no key there, or its block was oversized).</summary>
    public bool IsFirstPass(int a, int b, int pass)
    {
        var passes = Index.Passes.Count;
        var signatures = Index.Signatures.AsSpan();
        var signaturesA = signatures.Slice(a * passes, pass);
        var signaturesB = signatures.Slice(b * passes, pass);
        for (var q = 0; q < pass; q++)
        {
            if (signaturesA[q] != signaturesB[q] || Index.Keys[q] is not { } passKeys)
            {
                continue;
            }

            var key = passKeys[a];
            if (key != 0 && key == passKeys[b] && (Index.OversizedMask[a] & (1u << q)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private void VisitBlock<TState>(Block block, TState state, Action<TState, int, int, int> visit, Func<int, int, bool>? sample)
    {
        var records = Index.SortedRecords[block.Pass];
        var end = block.Start + block.Length;
        for (var i = block.Start; i < end; i++)
        {
            var first = records[i];
            var last = block.Window > 0 ? Math.Min(i + block.Window, records.Length) : end;
            for (var j = i + 1; j < last; j++)
            {
                var second = records[j];
                var (a, b) = first < second ? (first, second) : (second, first);
                if ((sample is null || sample(a, b)) && (block.Pass == 0 || IsFirstPass(a, b, block.Pass)))
                {
                    visit(state, a, b, block.Pass);
                }
            }
        }
    }
}
