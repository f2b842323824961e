namespace CrmSync.Core.Text;

/// <summary>Quotes a CSV field when it holds a delimiter, a quote or a line break.</summary>
internal static class CsvText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
