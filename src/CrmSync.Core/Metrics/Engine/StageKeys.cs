using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Stage ids and chain transitions as dense keys, pooled across pipelines by id (pipelines that share stage ids, as
/// Salesforce's do, add up): <see cref="StageOf"/>[stage] and <see cref="TransitionOf"/>[pipeline][position].
/// </summary>
internal sealed class StageKeys
{
    public StageKeys(StageCatalog catalog)
    {
        var stageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var transitionIndex = new Dictionary<(int, int), int>();
        StageOf = new int[catalog.Stages.Count];
        Array.Fill(StageOf, -1);
        TransitionOf = new int[catalog.PipelineIds.Count][];
        for (var p = 0; p < catalog.Chains.Length; p++)
        {
            var chain = catalog.Chains[p];
            foreach (var stage in chain)
            {
                var id = catalog.Stages[stage].Id;
                if (!stageIndex.TryGetValue(id, out var key))
                {
                    key = Stages.Count;
                    stageIndex[id] = key;
                    Stages.Add(id);
                    StageIsOpen.Add(!catalog.Stages[stage].IsClosed);
                }

                StageOf[stage] = key;
            }

            TransitionOf[p] = new int[Math.Max(0, chain.Length - 1)];
            for (var q = 0; q + 1 < chain.Length; q++)
            {
                var pair = (StageOf[chain[q]], StageOf[chain[q + 1]]);
                if (!transitionIndex.TryGetValue(pair, out var key))
                {
                    key = Transitions.Count;
                    transitionIndex[pair] = key;
                    Transitions.Add(pair);
                }

                TransitionOf[p][q] = key;
            }
        }
    }

    /// <summary>Distinct chain stage ids, in pipeline and chain order.</summary>
    public List<string> Stages { get; } = [];

    public List<bool> StageIsOpen { get; } = [];

    /// <summary>Distinct (from, to) stage keys of consecutive chain stages.</summary>
    public List<(int From, int To)> Transitions { get; } = [];

    /// <summary>Per global stage index, its stage key (-1 for closed-lost stages).</summary>
    public int[] StageOf { get; }

    public int[][] TransitionOf { get; }
}
