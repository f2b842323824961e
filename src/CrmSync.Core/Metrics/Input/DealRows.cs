namespace CrmSync.Core.Metrics.Input;

/// <summary>The deals and stage entries a <see cref="MetricsInputBuilder"/> has collected.</summary>
internal sealed class DealRows
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<int> _pipeline = [];
    private readonly List<int> _stage = [];
    private readonly List<decimal> _amount = [];
    private readonly List<bool> _hasAmount = [];
    private readonly List<long> _created = [];
    private readonly List<long> _close = [];
    private readonly SegmentBuilder _segments = new();
    private readonly List<int> _entryDeal = [];
    private readonly List<int> _entryStage = [];
    private readonly List<long> _entryAt = [];

    public DealRows()
    {
        _segments.Declare(SegmentNames.Owner);
        _segments.Declare(SegmentNames.Company);
    }

    public int Find(string id) => _index.TryGetValue(id, out var at) ? at : -1;

    public int PipelineOf(int deal) => _pipeline[deal];

    public int Add(string id, int pipeline, int stage, decimal? amount, long created, long close, string? owner, string? company,
        IEnumerable<KeyValuePair<string, string?>>? properties)
    {
        var index = _ids.Count;
        if (!_index.TryAdd(id, index))
            throw new MetricsInputException($"deal '{id}' appears twice.");
        _ids.Add(id);
        _pipeline.Add(pipeline);
        _stage.Add(stage);
        _amount.Add(amount ?? 0);
        _hasAmount.Add(amount.HasValue);
        _created.Add(created);
        _close.Add(close);
        _segments.Set(SegmentNames.Owner, index, owner);
        _segments.Set(SegmentNames.Company, index, company);
        foreach (var (name, value) in properties ?? [])
            _segments.Set(name, index, value);
        return index;
    }

    public void AddEntry(int deal, int stage, long at)
    {
        _entryDeal.Add(deal);
        _entryStage.Add(stage);
        _entryAt.Add(at);
    }

    public DealColumns Build(IReadOnlyList<string> pipelineIds)
    {
        var segments = new Dictionary<string, SegmentColumn>(_segments.Build(_ids.Count), StringComparer.OrdinalIgnoreCase)
        {
            [SegmentNames.Pipeline] = new SegmentColumn(SegmentNames.Pipeline, pipelineIds, _pipeline.ToArray()),
        };
        return new DealColumns
        {
            Ids = _ids.ToArray(),
            Pipeline = _pipeline.ToArray(),
            Stage = _stage.ToArray(),
            Amount = _amount.ToArray(),
            HasAmount = _hasAmount.ToArray(),
            Created = _created.ToArray(),
            CloseDate = _close.ToArray(),
            Segments = segments,
        };
    }

    public StageHistory BuildHistory() => new() { Deal = _entryDeal.ToArray(), Stage = _entryStage.ToArray(), At = _entryAt.ToArray() };
}
