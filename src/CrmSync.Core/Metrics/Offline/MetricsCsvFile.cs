using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Text;

namespace CrmSync.Core.Metrics.Offline;

/// <summary>
/// One CSV file of the offline folder: the header must hold every required column, named exactly; other columns are
/// optional ones, or (where <paramref name="extraColumns"/>) named properties; anything else is an error naming the
/// file. Every problem is a <see cref="MetricsInputException"/> naming the file and the line.
/// </summary>
internal sealed class MetricsCsvFile(string name, TextReader reader, string[] required, string[] optional, bool extraColumns = false)
{
    public string Name { get; } = name;

    /// <summary>Columns beyond the required and optional ones (the named properties), by index.</summary>
    public IReadOnlyList<(int Index, string Name)> Extras { get; private set; } = [];

    public IEnumerable<MetricsCsvRow> Rows()
    {
        using var rows = Parse().GetEnumerator();
        if (!rows.MoveNext())
            throw new MetricsInputException($"{Name}: the file is empty; expected the header {string.Join(",", required)}.");
        var columns = Header(rows.Current.Fields);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Fields.Count != columns.Count)
                throw new MetricsInputException($"{Name} line {row.LineNumber}: {row.Fields.Count} fields, but the header has {columns.Count}.");
            yield return new MetricsCsvRow(Name, row.LineNumber, row.Fields, columns);
        }
    }

    /// <summary>The rows as the parser reads them, its errors (not UTF-8, a stray quote) given the file's name.</summary>
    private IEnumerable<CsvRow> Parse()
    {
        using var rows = new CsvParser(reader, ',').ReadRows().GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext())
                    yield break;
            }
            catch (TextInputException e)
            {
                throw new MetricsInputException($"{Name}: {e.Message}", e);
            }

            yield return rows.Current;
        }
    }

    private Dictionary<string, int> Header(IReadOnlyList<string> fields)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var extras = new List<(int, string)>();
        for (var i = 0; i < fields.Count; i++)
        {
            var column = fields[i].Trim().TrimStart('\uFEFF');
            if (column.Length == 0)
                throw new MetricsInputException($"{Name} line 1: column {i + 1} has no name.");
            if (!columns.TryAdd(column, i))
                throw new MetricsInputException($"{Name} line 1: column '{column}' appears twice.");
            if (!required.Contains(column) && !optional.Contains(column))
            {
                if (!extraColumns)
                    throw new MetricsInputException($"{Name} line 1: unknown column '{column}'; the columns are {string.Join(",", required.Concat(optional))}.");
                extras.Add((i, column));
            }
        }

        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new MetricsInputException($"{Name} line 1: missing column(s) {string.Join(", ", missing)}; the header must read {string.Join(",", required)} (named exactly so).");
        Extras = extras;
        return columns;
    }
}
