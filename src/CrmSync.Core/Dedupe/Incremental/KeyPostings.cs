namespace CrmSync.Core.Dedupe.Incremental;

/// <summary>
/// Block-key → records for one blocking pass: the batch run's records sorted by key (found by binary search over
/// the batch keys, no copy) plus records added or re-keyed since, in a dictionary. Changed and removed records
/// keep stale entries; a record is used only while its current key is the one looked up. Not thread-safe.
/// </summary>
internal sealed class KeyPostings(ulong[]? batchKeys, int[] sorted, int batchCount)
{
    private readonly Dictionary<ulong, List<int>> _added = [];
    private readonly Dictionary<int, ulong> _changed = [];
    private readonly List<ulong> _addedKeys = [];

    public ulong CurrentKey(int record)
    {
        if (record >= batchCount)
        {
            return _addedKeys[record - batchCount];
        }

        return _changed.TryGetValue(record, out var key) ? key : batchKeys?[record] ?? 0;
    }

    /// <summary>Records <paramref name="record"/> under <paramref name="key"/> (0 = no key): new records must come in index order.</summary>
    public void Set(int record, ulong key)
    {
        if (record >= batchCount)
        {
            if (record - batchCount == _addedKeys.Count)
            {
                _addedKeys.Add(key);
            }
            else
            {
                _addedKeys[record - batchCount] = key;
            }
        }
        else
        {
            _changed[record] = key;
        }

        if (key == 0)
        {
            return;
        }

        if (!_added.TryGetValue(key, out var list))
        {
            _added[key] = list = [];
        }

        if (!list.Contains(record))
        {
            list.Add(record);
        }
    }

    /// <summary>Adds the records currently holding <paramref name="key"/>, unless the block is larger than <paramref name="cap"/>.</summary>
    public void Collect(ulong key, int cap, HashSet<int> candidates, int exclude)
    {
        var (start, end) = SortedRange(key);
        var added = _added.GetValueOrDefault(key);
        if (end - start + (added?.Count ?? 0) > cap)
        {
            return; // an oversized block is skipped, as in the batch run
        }

        for (var i = start; i < end; i++)
        {
            AddIfCurrent(sorted[i], key, candidates, exclude);
        }

        foreach (var record in added ?? [])
        {
            AddIfCurrent(record, key, candidates, exclude);
        }
    }

    private void AddIfCurrent(int record, ulong key, HashSet<int> candidates, int exclude)
    {
        if (record != exclude && CurrentKey(record) == key)
        {
            candidates.Add(record);
        }
    }

    private (int Start, int End) SortedRange(ulong key)
    {
        if (batchKeys is null)
        {
            return (0, 0);
        }

        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (batchKeys[sorted[middle]] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var end = low;
        while (end < sorted.Length && batchKeys[sorted[end]] == key)
        {
            end++;
        }

        return (low, end);
    }
}
