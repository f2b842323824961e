using System.Globalization;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Offline;

/// <summary>One row of a <see cref="MetricsCsvFile"/> with typed fields; a bad value is an error naming file, line and column.</summary>
internal readonly struct MetricsCsvRow(string file, long line, IReadOnlyList<string> fields, Dictionary<string, int> columns)
{
    public long Line => line;

    public string Where => $"{file} line {line}";

    public string? Optional(string column) =>
        columns.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } value ? value : null;

    public string Text(string column) => Optional(column) ?? throw Bad(column, "is empty");

    public string Field(int index) => fields[index].Trim();

    public DateTime Instant(string column) => OptionalInstant(column) ?? throw Bad(column, "is empty");

    /// <summary>A date <c>YYYY-MM-DD</c> (midnight UTC) or an ISO-8601 UTC timestamp.</summary>
    public DateTime? OptionalInstant(string column)
    {
        var text = Optional(column);
        if (text is null)
            return null;
        try
        {
            return MetricsPeriod.ParseInstant(text);
        }
        catch (FormatException)
        {
            throw Bad(column, $"'{text}' is not a date (YYYY-MM-DD) or an ISO-8601 UTC timestamp");
        }
    }

    public decimal Number(string column) => OptionalNumber(column) ?? throw Bad(column, "is empty");

    /// <summary>An amount with <c>.</c> decimals and no thousands separators.</summary>
    public decimal? OptionalNumber(string column)
    {
        var text = Optional(column);
        if (text is null)
            return null;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(column, $"'{text}' is not a number (use . for decimals, no thousands separators)");
    }

    public long Integer(string column)
    {
        var text = Text(column);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(column, $"'{text}' is not a whole number");
    }

    public bool Flag(string column) => Text(column).ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        var other => throw Bad(column, $"'{other}' is not true or false"),
    };

    /// <summary>A month <c>YYYY-MM</c>.</summary>
    public (int Year, int Month) Month(string column)
    {
        var text = Text(column);
        return DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (month.Year, month.Month)
            : throw Bad(column, $"'{text}' is not a month (YYYY-MM)");
    }

    public MetricsInputException Bad(string column, string problem) => new($"{Where}: {column} {problem}.");
}
