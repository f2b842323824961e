using System.Globalization;

namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>
/// Salesforce's value formats: datetimes <c>2013-05-20T20:49:32.000+0000</c> (offset without a colon), dates
/// <c>2024-07-15</c>; in memory a UTC DateTime and a DateOnly.
/// </summary>
internal static class SalesforceTime
{
    private static readonly string[] DateTimeInputs =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:sszz00", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz00",
    ];

    public static DateTime At(long epochMs) => DateTime.UnixEpoch.AddMilliseconds(epochMs);

    public static DateOnly Day(long epochMs) => DateOnly.FromDateTime(At(epochMs));

    public static long Ms(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO-8601 with Z or an offset (with or without colon, optional fraction); returns UTC.</summary>
    public static bool TryParseDateTime(string? text, out DateTime utc)
    {
        utc = default;
        if (text is null || !DateTimeOffset.TryParseExact(text, DateTimeInputs, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
