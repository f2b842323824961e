namespace CrmSync.Core.Text;

/// <summary>
/// Text input that cannot be read: not UTF-8, binary, a NUL character, malformed CSV, a record over the size limit.
/// <see cref="LineNumber"/> (1-based, physical line) says where; callers add which file or command it came from.
/// </summary>
public sealed class TextInputException(string message, long lineNumber) : Exception(message)
{
    public long LineNumber { get; } = lineNumber;
}
