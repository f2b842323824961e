using System.Collections.Concurrent;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// A thread-safe memo for normalising values that repeat across records (company names, websites, cities, given
/// names): a million contacts hold far fewer distinct values. Stops adding once full, so memory stays bounded.
/// </summary>
internal sealed class BoundedMemo<TValue>(Func<string, TValue> compute, int capacity = 1_000_000)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private int _count; // ConcurrentDictionary.Count takes every lock, so the size is tracked apart

    public TValue Get(string key)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
