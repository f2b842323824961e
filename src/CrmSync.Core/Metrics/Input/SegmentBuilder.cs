namespace CrmSync.Core.Metrics.Input;

/// <summary>Collects the values of named properties per record; records without a property get -1.</summary>
internal sealed class SegmentBuilder
{
    private readonly Dictionary<string, (Interner Values, List<int> Codes)> _columns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets <paramref name="record"/>'s value of <paramref name="name"/> (blank: none).</summary>
    public void Set(string name, int record, string? value)
    {
        if (!_columns.TryGetValue(name, out var column))
        {
            column = (new Interner(), []);
            _columns[name] = column;
        }

        while (column.Codes.Count <= record)
            column.Codes.Add(-1);
        column.Codes[record] = column.Values.InternOptional(value);
    }

    /// <summary>Also registers the column when no record has a value yet (so slicing by it is not an unknown property).</summary>
    public void Declare(string name)
    {
        if (!_columns.ContainsKey(name))
            _columns[name] = (new Interner(), []);
    }

    public IReadOnlyDictionary<string, SegmentColumn> Build(int count)
    {
        var result = new Dictionary<string, SegmentColumn>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, (values, codes)) in _columns)
        {
            var array = new int[count];
            Array.Fill(array, -1);
            codes.CopyTo(0, array, 0, Math.Min(codes.Count, count));
            result[name] = new SegmentColumn(name, values.Values.ToArray(), array);
        }

        return result;
    }
}
