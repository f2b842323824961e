using System.Globalization;

namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Timestamps as epoch milliseconds and HubSpot's ISO-8601 UTC text with milliseconds. Formatting and parsing of
/// that exact shape are hand-rolled: a search over 1,000,000 records does both for every record.
/// </summary>
internal static class SeedTime
{
    public const long Day = 86_400_000L;
    public const long Hour = 3_600_000L;
    private const int IsoLength = 24;

    public static string Iso(long epochMs)
    {
        var time = DateTime.UnixEpoch.AddMilliseconds(epochMs);
        return string.Create(IsoLength, time, static (span, t) =>
        {
            Digits(span[..4], t.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), t.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), t.Day);
            span[10] = 'T';
            Digits(span.Slice(11, 2), t.Hour);
            span[13] = ':';
            Digits(span.Slice(14, 2), t.Minute);
            span[16] = ':';
            Digits(span.Slice(17, 2), t.Second);
            span[19] = '.';
            Digits(span.Slice(20, 3), t.Millisecond);
            span[23] = 'Z';
        });
    }

    public static string Iso(DateTimeOffset time) => Iso(time.ToUnixTimeMilliseconds());

    public static DateTimeOffset At(long epochMs) => DateTimeOffset.FromUnixTimeMilliseconds(epochMs);

    /// <summary>Accepts epoch milliseconds or ISO-8601 (HubSpot accepts both for datetime values and filters).</summary>
    public static bool TryParse(string? text, out long epochMs)
    {
        epochMs = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (TryParseIso(text, out epochMs))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out epochMs))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            epochMs = parsed.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }

    private static bool TryParseIso(string text, out long epochMs)
    {
        epochMs = 0;
        if (text.Length != IsoLength || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || text[19] != '.' || text[23] != 'Z')
        {
            return false;
        }

        var span = text.AsSpan();
        if (!Number(span[..4], out var year) || !Number(span.Slice(5, 2), out var month) || !Number(span.Slice(8, 2), out var day)
            || !Number(span.Slice(11, 2), out var hour) || !Number(span.Slice(14, 2), out var minute)
            || !Number(span.Slice(17, 2), out var second) || !Number(span.Slice(20, 3), out var millisecond)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year == 0 ? 1 : year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var time = new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc);
        epochMs = (time.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        return true;
    }

    private static void Digits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return digits.Length > 0 && (digits.Length != 4 || value >= 1);
    }
}
