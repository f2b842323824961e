using CrmSync.Core.Text;

namespace CrmSync.Core.Dedupe.Offline;

/// <summary>
/// Reads a CRM export into <see cref="DedupeRecord"/>s. Columns are recognised by name (see
/// <see cref="CsvColumnAliases"/>) or mapped explicitly. Errors name the column or the line.
/// </summary>
public static class DedupeCsvReader
{
    private const string IgnoreField = "ignore";

    public static CsvImportResult Read(TextReader reader, CsvImportOptions? options = null)
    {
        try
        {
            return ReadRecords(reader, options ?? new CsvImportOptions());
        }
        catch (TextInputException e)
        {
            throw new DedupeInputException(e.Message, e.LineNumber, inner: e);
        }
    }

    private static CsvImportResult ReadRecords(TextReader reader, CsvImportOptions options)
    {
        var headerLine = CsvParser.ReadLine(reader, options.MaxLineBytes) ?? throw new DedupeInputException("The input is empty: expected a header line.", 1);
        var delimiter = options.Delimiter ?? CsvParser.DetectDelimiter(headerLine);
        var header = new CsvParser(new StringReader(headerLine), delimiter).ReadRows().FirstOrDefault()?.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToList()
                     ?? throw new DedupeInputException("The header line is blank.", 1);
        var idIndex = IdIndex(header, options.IdColumn);
        var roles = ColumnRoles(header, idIndex, options);

        var records = new List<DedupeRecord>();
        var lineOfId = new Dictionary<string, long>(StringComparer.Ordinal);
        // Only the id and the matched columns are kept: a huge notes field is read past, not held.
        var wanted = roles.Select(r => r.Column).Append(idIndex).ToHashSet();
        foreach (var row in new CsvParser(reader, delimiter, firstLineNumber: 2, options.MaxLineBytes).ReadRows(wanted.Contains))
        {
            if (row.Fields.Count != header.Count)
            {
                throw new DedupeInputException($"Line {row.LineNumber}: {row.Fields.Count} fields, but the header has {header.Count}.", row.LineNumber);
            }

            var id = row.Fields[idIndex].Trim();
            if (id.Length == 0)
            {
                throw new DedupeInputException($"Line {row.LineNumber}: the id column '{header[idIndex]}' is empty.", row.LineNumber, header[idIndex]);
            }

            if (!lineOfId.TryAdd(id, row.LineNumber))
            {
                throw new DedupeInputException($"Line {row.LineNumber}: id '{id}' already appeared on line {lineOfId[id]}.", row.LineNumber, header[idIndex]);
            }

            var values = new RoleValues();
            foreach (var (column, role) in roles)
            {
                values[role] ??= row.Fields[column];
            }

            records.Add(new DedupeRecord(id, values));
        }

        var columns = roles.ToDictionary(r => header[r.Column], r => r.Role, StringComparer.OrdinalIgnoreCase);
        return new CsvImportResult(records, header[idIndex], columns);
    }

    private static int IdIndex(List<string> header, string? idColumn)
    {
        if (idColumn is not null)
        {
            var index = header.FindIndex(h => h.Equals(idColumn, StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? index : throw UnknownColumn(idColumn, header, "id column");
        }

        foreach (var alias in CsvColumnAliases.IdColumns)
        {
            var index = header.FindIndex(h => CsvColumnAliases.Key(h) == alias);
            if (index >= 0)
            {
                return index;
            }
        }

        return 0;
    }

    private static List<(int Column, FieldRole Role)> ColumnRoles(List<string> header, int idIndex, CsvImportOptions options)
    {
        var explicitRoles = new Dictionary<int, FieldRole?>();
        foreach (var (column, field) in options.Map)
        {
            var index = header.FindIndex(h => h.Equals(column.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw UnknownColumn(column, header, "--map");
            }

            if (field.Trim().Equals(IgnoreField, StringComparison.OrdinalIgnoreCase))
            {
                explicitRoles[index] = null;
            }
            else if (CsvColumnAliases.TryParseField(field.Trim(), options.Kind, out var role))
            {
                explicitRoles[index] = role;
            }
            else
            {
                throw new DedupeInputException(
                    $"Unknown field '{field}' for column '{column}'. Known fields: {string.Join(", ", FieldRoles.All)} (or 'ignore').", 1, column);
            }
        }

        var roles = new List<(int, FieldRole)>();
        for (var i = 0; i < header.Count; i++)
        {
            var role = explicitRoles.TryGetValue(i, out var mapped) ? mapped : i == idIndex ? null : CsvColumnAliases.RoleOf(header[i], options.Kind);
            if (role is { } value)
            {
                roles.Add((i, value));
            }
        }

        return roles;
    }

    private static DedupeInputException UnknownColumn(string column, List<string> header, string where) =>
        new($"Unknown column '{column}' in {where}; the header has: {string.Join(", ", header)}.", 1, column);
}
