namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Numbers the child rows of every parent consecutively (all rows of parent 1, then of parent 2, ...): one int per
/// parent, so 200,000 opportunities cost 800 KB, and row → (parent, slot) is a binary search.
/// </summary>
internal sealed class ChildRowIndex
{
    private readonly int[] ends;

    public ChildRowIndex(int parents, Func<int, int> rowsOf)
    {
        ends = new int[parents + 1];
        for (var parent = 1; parent <= parents; parent++)
        {
            ends[parent] = ends[parent - 1] + rowsOf(parent);
        }
    }

    public int Count => ends[^1];

    public (int Parent, int Slot) Locate(int row)
    {
        int lo = 1, hi = ends.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ends[mid] >= row)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return (lo, row - ends[lo - 1] - 1);
    }

    /// <summary>Row number of a parent's first row (meaningful only when it has rows).</summary>
    public int FirstRow(int parent) => ends[parent - 1] + 1;

    public int RowsOf(int parent) => ends[parent] - ends[parent - 1];
}
