namespace CrmSync.DedupeBench.Generators;

/// <summary>Draws items in proportion to their weights (cumulative table, binary search).</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedTable(IReadOnlyList<(T Item, double Weight)> entries)
    {
        _items = entries.Select(e => e.Item).ToArray();
        _cumulative = new double[entries.Count];
        var total = 0.0;
        for (var i = 0; i < entries.Count; i++)
        {
            total += entries[i].Weight;
            _cumulative[i] = total;
        }
    }

    public int Count => _items.Length;

    public IReadOnlyList<T> Items => _items;

    /// <summary>Weight ∝ 1 / (rank + offset)^exponent: a Zipf-like law, most mass on the first items.</summary>
    public static WeightedTable<T> Zipf(IReadOnlyList<T> itemsByRank, double offset, double exponent = 1.0) =>
        new(itemsByRank.Select((item, rank) => (item, 1.0 / Math.Pow(rank + offset, exponent))).ToList());

    public T Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _items[Math.Min(index < 0 ? ~index : index, _items.Length - 1)];
    }

    /// <summary>Share of the total weight held by the first <paramref name="count"/> items.</summary>
    public double ShareOfFirst(int count) => _cumulative[Math.Min(count, _items.Length) - 1] / _cumulative[^1];
}
