namespace CrmSync.Core.Metrics;

/// <summary>Metric key → value, in the order the metrics were computed (the order tables and JSON print them).</summary>
public sealed class MetricSet
{
    private readonly List<KeyValuePair<string, MetricValue>> _items = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IReadOnlyList<KeyValuePair<string, MetricValue>> Items => _items;

    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    public MetricValue this[string key] => _items[_index[key]].Value;

    /// <summary>Sets the value (a later set replaces an earlier one in place).</summary>
    public void Set(string key, MetricValue value)
    {
        if (_index.TryGetValue(key, out var at))
        {
            _items[at] = new(key, value);
            return;
        }

        _index[key] = _items.Count;
        _items.Add(new(key, value));
    }

    public bool TryGet(string key, out MetricValue value)
    {
        var found = _index.TryGetValue(key, out var at);
        value = found ? _items[at].Value : default;
        return found;
    }

    public bool Contains(string key) => _index.ContainsKey(key);
}
