using System.Collections.Concurrent;
using CrmSync.Core.Dedupe.Normalisation.Phonetics;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>Double Metaphone codes of names, memoised: a million contacts hold far fewer distinct names.</summary>
internal sealed class PhoneticCache
{
    private const int MaxEntries = 2_000_000;
    private readonly ConcurrentDictionary<string, PhoneticCode> _codes = new(StringComparer.Ordinal);
    private int _count; // ConcurrentDictionary.Count takes every lock, so the size is tracked apart

    public PhoneticCode Encode(string name)
    {
        if (name.Length == 0)
        {
            return PhoneticCode.Empty;
        }

        if (_codes.TryGetValue(name, out var code))
        {
            return code;
        }

        code = DoubleMetaphone.Encode(name);
        if (Volatile.Read(ref _count) < MaxEntries && _codes.TryAdd(name, code))
        {
            Interlocked.Increment(ref _count);
        }

        return code;
    }
}
