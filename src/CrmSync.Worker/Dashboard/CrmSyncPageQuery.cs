using CrmSync.Core.Metrics;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// What the page shows, from its query string: <c>asOf</c> (date or ISO-8601 UTC; default now), <c>period</c>
/// (<c>2026-Q2</c>, <c>2026-05</c>, <c>2026</c>) or <c>from</c> and <c>to</c> (dates; default the quarter of the
/// as-of time, to date), <c>months</c> (the trend charts' months, ending with the as-of time's month; default 12).
/// A bad value falls back to its default and is listed in <see cref="Problems"/>, which the page shows.
/// </summary>
public sealed record CrmSyncPageQuery(DateTime AsOf, MetricsPeriod Period, IReadOnlyList<MetricsPeriod> Months, IReadOnlyList<string> Problems)
{
    public const int DefaultMonths = 12;
    public const int MaxMonths = 36;

    public static CrmSyncPageQuery Parse(Func<string, string?> query, DateTime now)
    {
        var problems = new List<string>();
        var asOf = Read(query, "asOf", MetricsPeriod.ParseInstant, now, problems);
        // The month the as-of instant lies in; an as-of time of midnight on the 1st closes the month before.
        var last = asOf.AddTicks(-1);
        var period = ReadPeriod(query, last, problems);
        var count = Read(query, "months", ParseMonths, DefaultMonths, problems);
        var months = Enumerable.Range(0, count)
            .Select(i => new DateTime(last.Year, last.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(i - count + 1))
            .Select(m => MetricsPeriod.Month(m.Year, m.Month))
            .ToList();
        return new CrmSyncPageQuery(asOf, period, months, problems);
    }

    private static MetricsPeriod ReadPeriod(Func<string, string?> query, DateTime last, List<string> problems)
    {
        var fallback = MetricsPeriod.Quarter(last.Year, ((last.Month - 1) / 3) + 1);
        var (from, to) = (query("from"), query("to"));
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
            return Read(query, "period", MetricsPeriod.Parse, fallback, problems);
        return Read(query, "from", text => MetricsPeriod.Between(MetricsPeriod.ParseInstant(text), MetricsPeriod.ParseInstant(to ?? "")), fallback, problems);
    }

    private static int ParseMonths(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= MaxMonths
            ? months
            : throw new FormatException($"'{text}' is not a number of months from 1 to {MaxMonths}.");

    private static T Read<T>(Func<string, string?> query, string name, Func<string, T> parse, T fallback, List<string> problems)
    {
        var text = query(name);
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            problems.Add($"{name}: {e.Message}");
            return fallback;
        }
    }
}
