namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// Every pipeline stage (global index), with the chain of each pipeline: its stages by display order without the
/// closed-lost ones (open stages, then won). Conversion, implied entries and Δt follow the chain.
/// </summary>
public sealed class StageCatalog
{
    private readonly Dictionary<(int Pipeline, string Stage), int> _lookup;

    internal StageCatalog(IReadOnlyList<string> pipelineIds, IReadOnlyList<StageDefinition> stages)
    {
        PipelineIds = pipelineIds;
        Stages = stages;
        _lookup = new Dictionary<(int, string), int>();
        for (var i = 0; i < stages.Count; i++)
            _lookup[(stages[i].Pipeline, stages[i].Id)] = i;

        ChainPosition = new int[stages.Count];
        Array.Fill(ChainPosition, -1);
        Chains = new int[pipelineIds.Count][];
        for (var p = 0; p < pipelineIds.Count; p++)
        {
            Chains[p] = Enumerable.Range(0, stages.Count)
                .Where(s => stages[s].Pipeline == p && (!stages[s].IsClosed || stages[s].IsWon))
                .OrderBy(s => stages[s].DisplayOrder).ThenBy(s => s)
                .ToArray();
            for (var position = 0; position < Chains[p].Length; position++)
                ChainPosition[Chains[p][position]] = position;
            MaxChain = Math.Max(MaxChain, Chains[p].Length);
        }
    }

    public IReadOnlyList<string> PipelineIds { get; }

    public IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>Per pipeline, its chain of stage indices.</summary>
    public int[][] Chains { get; }

    /// <summary>Per stage, its position in its pipeline's chain; -1 for closed-lost stages.</summary>
    public int[] ChainPosition { get; }

    /// <summary>The longest chain (at most 64: implied entries are a bit mask).</summary>
    public int MaxChain { get; }

    /// <summary>The stage's global index, or -1.</summary>
    public int Find(int pipeline, string stageId) => _lookup.TryGetValue((pipeline, stageId), out var at) ? at : -1;
}
