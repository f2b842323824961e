namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Inverse one-to-many index in compressed-sparse-row form: for each key 1..keys, the list of values pointing at it.
/// Two int arrays instead of a list per key keeps 1,000,000 contacts at about 4 MB.
/// </summary>
internal sealed class CompactIndex
{
    private readonly int[] offsets;
    private readonly int[] values;

    private CompactIndex(int[] offsets, int[] values)
    {
        this.offsets = offsets;
        this.values = values;
    }

    public ReadOnlySpan<int> this[long key] =>
        key < 1 || key >= offsets.Length - 1 ? [] : values.AsSpan(offsets[key], offsets[key + 1] - offsets[key]);

    /// <param name="keys">Number of keys (1-based).</param>
    /// <param name="count">Number of sources (1-based).</param>
    /// <param name="targetsOf">Writes the keys source i points at into the span and returns how many (0..2).</param>
    public static CompactIndex Build(int keys, int count, TargetsOf targetsOf)
    {
        var offsets = new int[keys + 2];
        Span<int> buffer = stackalloc int[2];
        for (var i = 1; i <= count; i++)
        {
            var n = targetsOf(i, buffer);
            for (var k = 0; k < n; k++)
            {
                offsets[buffer[k] + 1]++;
            }
        }

        for (var key = 1; key < offsets.Length; key++)
        {
            offsets[key] += offsets[key - 1];
        }

        var values = new int[offsets[^1]];
        var cursor = (int[])offsets.Clone();
        for (var i = 1; i <= count; i++)
        {
            var n = targetsOf(i, buffer);
            for (var k = 0; k < n; k++)
            {
                values[cursor[buffer[k]]++] = i;
            }
        }

        return new CompactIndex(offsets, values);
    }

    public delegate int TargetsOf(int source, Span<int> targets);
}
