namespace CrmSync.Core.Metrics.Input;

/// <summary>Strings to dense indices (ordinal), in order of first appearance.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];

    public IReadOnlyList<string> Values => _values;

    public int Count => _values.Count;

    public int Intern(string value)
    {
        if (_index.TryGetValue(value, out var at))
            return at;
        _index[value] = _values.Count;
        _values.Add(value);
        return _values.Count - 1;
    }

    /// <summary>-1 for null or blank.</summary>
    public int InternOptional(string? value) => string.IsNullOrWhiteSpace(value) ? -1 : Intern(value.Trim());

    public int Find(string value) => _index.TryGetValue(value, out var at) ? at : -1;
}
