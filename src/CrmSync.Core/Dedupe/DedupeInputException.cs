namespace CrmSync.Core.Dedupe;

/// <summary>
/// Bad duplicate-detection input: a missing file, an unknown column, a malformed row, a duplicate record id.
/// <see cref="LineNumber"/> (1-based, physical line) and <see cref="Column"/> say where, when known.
/// </summary>
public sealed class DedupeInputException : Exception
{
    public DedupeInputException(string message, long? lineNumber = null, string? column = null, Exception? inner = null)
        : base(message, inner)
    {
        LineNumber = lineNumber;
        Column = column;
    }

    public long? LineNumber { get; }

    public string? Column { get; }

    public static DedupeInputException MissingFile(string path) => new($"Input file '{path}' does not exist.");
}
