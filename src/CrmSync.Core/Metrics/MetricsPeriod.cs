using System.Globalization;

namespace CrmSync.Core.Metrics;

/// <summary>
/// A period <c>[From, To)</c> in UTC: a month (<c>2026-05</c>), a quarter (<c>2026-Q2</c>), a year (<c>2026</c>) or
/// any range of days. <see cref="Label"/> is how it was named.
/// </summary>
public sealed record MetricsPeriod
{
    private MetricsPeriod(DateTime from, DateTime to, string label)
    {
        From = from;
        To = to;
        Label = label;
    }

    public DateTime From { get; }

    public DateTime To { get; }

    public string Label { get; }

    /// <summary>True when both ends fall on the first of a month (revenue, sessions and spend are monthly).</summary>
    public bool IsWholeMonths => From.Day == 1 && To.Day == 1 && From.TimeOfDay == TimeSpan.Zero && To.TimeOfDay == TimeSpan.Zero;

    public static MetricsPeriod Month(int year, int month)
    {
        var from = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return new(from, from.AddMonths(1), $"{year:D4}-{month:D2}");
    }

    public static MetricsPeriod Quarter(int year, int quarter)
    {
        var from = new DateTime(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new(from, from.AddMonths(3), $"{year:D4}-Q{quarter}");
    }

    public static MetricsPeriod Year(int year) =>
        new(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc), $"{year:D4}");

    /// <summary>Any <c>[from, to)</c>; <paramref name="to"/> must be after <paramref name="from"/>.</summary>
    public static MetricsPeriod Between(DateTime from, DateTime to)
    {
        from = AsUtc(from);
        to = AsUtc(to);
        if (to <= from)
            throw new FormatException($"The period's end {to:yyyy-MM-dd} must be after its start {from:yyyy-MM-dd}.");
        return new(from, to, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
    }

    /// <summary>Parses <c>2026</c>, <c>2026-Q2</c> or <c>2026-05</c>; a <see cref="FormatException"/> says what is accepted.</summary>
    public static MetricsPeriod Parse(string text)
    {
        var value = text.Trim();
        if (value.Length == 4 && TryYear(value, out var year))
            return Year(year);
        if (value.Length == 7 && value[4] == '-' && TryYear(value[..4], out year))
        {
            if (value[5] is 'Q' or 'q' && value[6] is >= '1' and <= '4')
                return Quarter(year, value[6] - '0');
            if (int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
                return Month(year, month);
        }

        throw new FormatException($"'{text}' is not a period; use a year (2026), a quarter (2026-Q2) or a month (2026-05), or --from/--to dates.");
    }

    /// <summary>Parses a date <c>YYYY-MM-DD</c> (midnight UTC) or an ISO-8601 UTC timestamp.</summary>
    public static DateTime ParseInstant(string text)
    {
        var value = text.Trim();
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        if (value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return instant.UtcDateTime;
        throw new FormatException($"'{text}' is not a date (YYYY-MM-DD) or an ISO-8601 UTC timestamp.");
    }

    /// <summary>The calendar months overlapping the period, each clipped to it (the cohorts of cohort-basis conversion).</summary>
    public IEnumerable<(DateTime From, DateTime To)> MonthlyCohorts()
    {
        var start = new DateTime(From.Year, From.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var month = start; month < To; month = month.AddMonths(1))
            yield return (month < From ? From : month, month.AddMonths(1) > To ? To : month.AddMonths(1));
    }

    /// <summary>True when <paramref name="other"/> lies wholly inside this period.</summary>
    public bool Contains(MetricsPeriod other) => other.From >= From && other.To <= To;

    public override string ToString() => Label;

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 9999;

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
