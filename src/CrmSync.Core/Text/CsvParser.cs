using System.Text;

namespace CrmSync.Core.Text;

/// <summary>
/// RFC 4180 CSV from a <see cref="TextReader"/>: quoted fields with doubled quotes and line breaks inside, CRLF or
/// LF. Spaces after a delimiter are skipped ("a, b" — Febrl's style). A stray quote, text after a closing
/// quote or an unterminated quote is a <see cref="TextInputException"/> naming the line. A record longer than
/// <paramref name="maxLineBytes"/> (UTF-8) stops the reading as soon as the limit is passed, so that one huge field
/// never has to fit in memory.
/// </summary>
public sealed class CsvParser(TextReader reader, char delimiter, long firstLineNumber = 1, long maxLineBytes = CsvParser.DefaultMaxLineBytes)
{
    /// <summary>1 MiB: far above any CRM record, small enough that a damaged file cannot exhaust memory.</summary>
    public const long DefaultMaxLineBytes = 1024 * 1024;

    private long _line = firstLineNumber;
    private long _rowStart = firstLineNumber;
    private long _rowBytes;

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

    /// <summary>Reads one physical line (without its line break), at most <paramref name="maxLineBytes"/> long; null at the end.</summary>
    public static string? ReadLine(TextReader reader, long maxLineBytes, long lineNumber = 1)
    {
        if (reader.Peek() < 0)
            return null;
        var parser = new CsvParser(reader, ',', lineNumber, maxLineBytes);
        var line = new StringBuilder();
        while (parser.Next() is var c and >= 0 && c != '\n')
            line.Append((char)c);
        return line.ToString().TrimEnd('\r');
    }

    /// <param name="keep">
    /// The columns whose text is wanted (by index); the others are parsed and counted but come back empty, so a huge
    /// field nobody reads costs no memory. Null keeps every column.
    /// </param>
    public IEnumerable<CsvRow> ReadRows(Func<int, bool>? keep = null)
    {
        while (reader.Peek() >= 0)
        {
            var start = _line;
            var fields = ReadRow(keep);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            yield return new CsvRow(start, fields);
        }
    }

    private List<string> ReadRow(Func<int, bool>? keep)
    {
        _rowStart = _line;
        _rowBytes = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            SkipSpaces();
            var target = keep is null || keep(fields.Count) ? field : null;
            if (reader.Peek() == '"')
            {
                Next();
                ReadQuoted(target);
            }
            else
            {
                ReadBare(target);
            }

            fields.Add(field.ToString().TrimEnd(' '));
            field.Clear();
            var next = Next();
            if (next == Delimiter)
            {
                continue;
            }

            if (next == '\r' && reader.Peek() == '\n')
            {
                Next();
            }

            if (next is '\r' or '\n')
            {
                _line++;
            }

            return fields;
        }
    }

    private void ReadBare(StringBuilder? field)
    {
        while (reader.Peek() is var c and >= 0 && c != Delimiter && c != '\r' && c != '\n')
        {
            if (c == '"')
            {
                throw new TextInputException($"Line {_line}: a quote inside an unquoted field; quote the whole field and double the inner quotes.", _line);
            }

            var read = (char)Next();
            field?.Append(read);
        }
    }

    private void ReadQuoted(StringBuilder? field)
    {
        var opened = _line;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                throw new TextInputException($"Line {opened}: a quoted field is never closed.", opened);
            }

            if (c == '"')
            {
                if (reader.Peek() == '"')
                {
                    var quote = (char)Next();
                    field?.Append(quote);
                    continue;
                }

                SkipSpaces();
                var after = reader.Peek();
                if (after >= 0 && after != Delimiter && after != '\r' && after != '\n')
                {
                    throw new TextInputException($"Line {_line}: unexpected text after a closing quote.", _line);
                }

                return;
            }

            if (c == '\n')
            {
                _line++;
            }

            field?.Append((char)c);
        }
    }

    private void SkipSpaces()
    {
        while (reader.Peek() == ' ' && Delimiter != ' ')
        {
            Next();
        }
    }

    /// <summary>Every character of a record is read here, counted in UTF-8 bytes against the limit.</summary>
    private int Next()
    {
        var c = reader.Read();
        if (c < 0)
        {
            return c;
        }

        // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
        _rowBytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate((char)c) ? 2 : 3;
        if (_rowBytes > maxLineBytes)
        {
            throw new TextInputException(
                $"Line {_rowStart}: the record is longer than {maxLineBytes:N0} bytes (the --max-line-bytes limit); " +
                "a field this large is no CRM value: check the export, or raise the limit.", _rowStart);
        }

        return c;
    }
}
