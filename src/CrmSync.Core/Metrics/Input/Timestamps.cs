namespace CrmSync.Core.Metrics.Input;

/// <summary>Instants are UTC ticks in the input model; <see cref="None"/> marks an absent one.</summary>
public static class Timestamps
{
    public const long None = long.MinValue;

    public static long Of(DateTime utc) => utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime().Ticks : utc.Ticks;

    /// <summary>Month index (year × 12 + month − 1) of an instant.</summary>
    public static int MonthOf(long ticks)
    {
        var date = new DateTime(ticks, DateTimeKind.Utc);
        return (date.Year * 12) + date.Month - 1;
    }

    public static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    /// <summary>The instant month <paramref name="monthIndex"/> starts.</summary>
    public static long MonthStart(int monthIndex) => new DateTime(monthIndex / 12, (monthIndex % 12) + 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public static string MonthLabel(int monthIndex) => $"{monthIndex / 12:D4}-{(monthIndex % 12) + 1:D2}";
}
