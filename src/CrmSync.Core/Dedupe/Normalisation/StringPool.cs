namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Interns normalised values as dense ids, so equality is an int comparison and blocking keys hash ids instead of
/// strings. Not thread-safe: callers intern one column per thread or take a lock.
/// </summary>
internal sealed class StringPool
{
    public const int Missing = -1;

    private Dictionary<string, int>? _ids;
    private readonly List<string> _values;

    public StringPool(int capacity = 16)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _values = new List<string>(capacity);
    }

    public int Count => _values.Count;

    public int Intern(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Missing;
        }

        var ids = _ids ?? throw new InvalidOperationException("The pool no longer interns: its index was released.");
        if (ids.TryGetValue(value, out var id))
        {
            return id;
        }

        id = _values.Count;
        ids.Add(value, id);
        _values.Add(value);
        return id;
    }

    /// <summary>Drops the value → id index once no value will be added: the values stay readable by id.</summary>
    public void ReleaseIndex() => _ids = null;

    public string this[int id] => _values[id];

    public string? ValueOrNull(int id) => id >= 0 ? _values[id] : null;
}
