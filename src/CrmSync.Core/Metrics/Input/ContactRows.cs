namespace CrmSync.Core.Metrics.Input;

/// <summary>The contacts, lifecycle entries and activities a <see cref="MetricsInputBuilder"/> has collected.</summary>
internal sealed class ContactRows
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<long> _created = [];
    private readonly SegmentBuilder _segments = new();
    private readonly List<int> _entryContact = [];
    private readonly List<byte> _entryStage = [];
    private readonly List<long> _entryAt = [];
    private readonly List<int> _activityContact = [];
    private readonly List<long> _activityAt = [];

    public ContactRows()
    {
        _segments.Declare(SegmentNames.Owner);
        _segments.Declare(SegmentNames.Company);
    }

    public bool HasActivities { get; set; }

    public int Find(string id) => _index.TryGetValue(id, out var at) ? at : -1;

    public int Add(string id, long created, string? owner, string? company, IEnumerable<KeyValuePair<string, string?>>? properties)
    {
        var index = _ids.Count;
        if (!_index.TryAdd(id, index))
            throw new MetricsInputException($"contact '{id}' appears twice.");
        _ids.Add(id);
        _created.Add(created);
        _segments.Set(SegmentNames.Owner, index, owner);
        _segments.Set(SegmentNames.Company, index, company);
        foreach (var (name, value) in properties ?? [])
            _segments.Set(name, index, value);
        return index;
    }

    public void AddEntry(int contact, byte stage, long at)
    {
        _entryContact.Add(contact);
        _entryStage.Add(stage);
        _entryAt.Add(at);
    }

    public void AddActivity(int contact, long at)
    {
        HasActivities = true;
        _activityContact.Add(contact);
        _activityAt.Add(at);
    }

    public ContactColumns Build() => new()
    {
        Ids = _ids.ToArray(),
        Created = _created.ToArray(),
        Segments = _segments.Build(_ids.Count),
        LifecycleContact = _entryContact.ToArray(),
        LifecycleStage = _entryStage.ToArray(),
        LifecycleAt = _entryAt.ToArray(),
        ActivityContact = HasActivities ? _activityContact.ToArray() : null,
        ActivityAt = HasActivities ? _activityAt.ToArray() : null,
    };
}
