using System.Text;

namespace CrmSync.Core.Dedupe.Offline;

/// <summary>
/// RFC 4180 CSV from a <see cref="TextReader"/>: quoted fields with doubled quotes and line breaks inside, CRLF or
/// LF. Spaces after a delimiter are skipped ("a, b" — Febrl's style). A stray quote, text after a closing
/// quote or an unterminated quote is a <see cref="DedupeInputException"/> naming the line.
/// </summary>
public sealed class CsvParser(TextReader reader, char delimiter, long firstLineNumber = 1)
{
    private long _line = firstLineNumber;

    public char Delimiter { get; } = delimiter;

    /// <summary>Guesses the delimiter from a header line: the most frequent of , | ; and tab outside quotes.</summary>
    public static char DetectDelimiter(string headerLine)
    {
        char[] candidates = [',', '|', ';', '\t'];
        var counts = new int[candidates.Length];
        var quoted = false;
        foreach (var c in headerLine)
        {
            quoted ^= c == '"';
            var index = Array.IndexOf(candidates, c);
            if (!quoted && index >= 0)
            {
                counts[index]++;
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] == 0 ? ',' : candidates[best];
    }

    public IEnumerable<CsvRow> ReadRows()
    {
        while (reader.Peek() >= 0)
        {
            var start = _line;
            var fields = ReadRow();
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            yield return new CsvRow(start, fields);
        }
    }

    private List<string> ReadRow()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            SkipSpaces();
            if (reader.Peek() == '"')
            {
                reader.Read();
                ReadQuoted(field);
            }
            else
            {
                ReadBare(field);
            }

            fields.Add(field.ToString().TrimEnd(' '));
            field.Clear();
            var next = reader.Read();
            if (next == Delimiter)
            {
                continue;
            }

            if (next == '\r' && reader.Peek() == '\n')
            {
                reader.Read();
            }

            if (next is '\r' or '\n')
            {
                _line++;
            }

            return fields;
        }
    }

    private void ReadBare(StringBuilder field)
    {
        while (reader.Peek() is var c and >= 0 && c != Delimiter && c != '\r' && c != '\n')
        {
            if (c == '"')
            {
                throw new DedupeInputException($"Line {_line}: a quote inside an unquoted field; quote the whole field and double the inner quotes.", _line);
            }

            field.Append((char)reader.Read());
        }
    }

    private void ReadQuoted(StringBuilder field)
    {
        var opened = _line;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                throw new DedupeInputException($"Line {opened}: a quoted field is never closed.", opened);
            }

            if (c == '"')
            {
                if (reader.Peek() == '"')
                {
                    field.Append((char)reader.Read());
                    continue;
                }

                SkipSpaces();
                var after = reader.Peek();
                if (after >= 0 && after != Delimiter && after != '\r' && after != '\n')
                {
                    throw new DedupeInputException($"Line {_line}: unexpected text after a closing quote.", _line);
                }

                return;
            }

            if (c == '\n')
            {
                _line++;
            }

            field.Append((char)c);
        }
    }

    private void SkipSpaces()
    {
        while (reader.Peek() == ' ' && Delimiter != ' ')
        {
            reader.Read();
        }
    }
}
