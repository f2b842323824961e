using System.Collections.Concurrent;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// A thread-safe memo for normalising values that repeat across records (company names, websites, cities, given
/// names): a million contacts hold far fewer distinct values. Stops adding once full, so memory stays bounded.
/// </summary>
internal sealed class BoundedMemo<TValue>(Func<string, TValue> compute, int capacity = 1_000_000)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    public TValue Get(string key)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        if (_values.Count < capacity)
        {
            _values.TryAdd(key, value);
        }

        return value;
    }
}
