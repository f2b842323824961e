using System.Collections.Concurrent;
using System.Text;

namespace CrmSync.Salesforce.Wire;

/// <summary>One string per field name (and dotted relationship path) per process, capped against unbounded names.</summary>
internal sealed class NamePool
{
    private const int MaxNames = 4_096;
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<byte> utf8, string? prefix)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var name = prefix is null ? text : $"{prefix}.{text}";
        if (_names.TryGetValue(name, out var pooled))
            return pooled;
        return _names.Count < MaxNames ? _names.GetOrAdd(name, name) : name;
    }
}
