using System.Data.Common;
using System.Globalization;

namespace CrmSync.Storage.Sqlite;

/// <summary>
/// Timestamps as fixed-width UTC ISO-8601 text with 100 ns digits: exact round trip of the instant,
/// and text order equals time order, so ORDER BY works on the column.
/// </summary>
internal static class SqliteTimestamp
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object ToDbValue(DateTimeOffset? value) => value is { } v ? ToText(v) : DBNull.Value;

    public static DateTimeOffset Read(DbDataReader reader, int ordinal) => Parse(reader.GetString(ordinal));

    public static DateTimeOffset Parse(string text)
    {
        var utc = DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }
}
