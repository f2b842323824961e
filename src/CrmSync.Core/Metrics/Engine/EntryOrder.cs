namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// History rows grouped by record and sorted by time within each record (ties keep their input order), without
/// moving the rows: a counting sort by record, then an insertion sort of each record's few rows.
/// </summary>
internal sealed class EntryOrder
{
    private EntryOrder(int[] start, int[] rows)
    {
        Start = start;
        Rows = rows;
    }

    /// <summary>Rows of record r are <c>Rows[Start[r] .. Start[r + 1])</c>.</summary>
    public int[] Start { get; }

    public int[] Rows { get; }

    public static EntryOrder Build(int records, int[] record, long[] at)
    {
        var start = new int[records + 1];
        foreach (var r in record)
            start[r + 1]++;
        for (var r = 0; r < records; r++)
            start[r + 1] += start[r];
        var next = (int[])start.Clone();
        var rows = new int[record.Length];
        for (var i = 0; i < record.Length; i++)
            rows[next[record[i]]++] = i;
        for (var r = 0; r < records; r++)
        {
            for (var i = start[r] + 1; i < start[r + 1]; i++)
            {
                var row = rows[i];
                var j = i - 1;
                while (j >= start[r] && at[rows[j]] > at[row])
                {
                    rows[j + 1] = rows[j];
                    j--;
                }

                rows[j + 1] = row;
            }
        }

        return new EntryOrder(start, rows);
    }
}
