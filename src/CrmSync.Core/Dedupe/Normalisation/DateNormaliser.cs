using System.Globalization;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Parses dates of birth and CRM timestamps: ISO dates and timestamps, compact yyyymmdd, slash or dot dates
/// (day first unless <c>monthFirst</c>, or when the first part cannot be a month), and Unix epoch milliseconds.
/// </summary>
public static class DateNormaliser
{
    public static NormalisedDate? Normalise(string? raw, bool monthFirst = false)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = raw.Trim();
        if (value.Length >= 11 && value.All(char.IsAsciiDigit) && long.TryParse(value, out var epochMs))
        {
            return FromDate(DateTime.UnixEpoch.AddMilliseconds(epochMs));
        }

        if (value.Length == 8 && value.All(char.IsAsciiDigit))
        {
            return FromParts(value[..4], value[4..6], value[6..8]);
        }

        var parts = value.Split(['-', '/', '.', ' ', 'T'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && parts[0].Length == 4)
        {
            return FromParts(parts[0], parts[1], parts[2]);
        }

        if (parts.Length >= 3 && parts[2].Length is 4 or 2)
        {
            var year = parts[2].Length == 4 ? parts[2] : ExpandTwoDigitYear(parts[2]);
            var firstIsMonth = monthFirst && int.TryParse(parts[0], out var first) && first <= 12;
            return firstIsMonth ? FromParts(year, parts[0], parts[1]) : FromParts(year, parts[1], parts[0]);
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed)
            ? FromDate(parsed)
            : null;
    }

    /// <summary>Seconds since the Unix epoch of a CRM timestamp, used to rank records for survivorship.</summary>
    public static long? ToUnixSeconds(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = raw.Trim();
        if (value.All(char.IsAsciiDigit) && long.TryParse(value, out var number))
        {
            return value.Length >= 11 ? number / 1000 : number;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUnixTimeSeconds()
            : null;
    }

    private static NormalisedDate? FromParts(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d))
        {
            return null;
        }

        var digits = $"{y:0000}{m:00}{d:00}";
        int? dayNumber = y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d).DayNumber
            : null;
        return new NormalisedDate(digits, dayNumber);
    }

    private static NormalisedDate FromDate(DateTime date) =>
        new(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), DateOnly.FromDateTime(date).DayNumber);

    // A fixed pivot keeps the result independent of the clock: "45" → 1945, "12" → 2012.
    private static string ExpandTwoDigitYear(string twoDigits) =>
        (int.Parse(twoDigits, CultureInfo.InvariantCulture) >= 30 ? "19" : "20") + twoDigits;
}
