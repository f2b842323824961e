using System.Globalization;

namespace CrmSync.Salesforce.Wire;

/// <summary>
/// Salesforce writes datetimes as <c>2013-05-20T20:49:32.000+0000</c> (no colon in the offset, salesforce-api.md §1);
/// CrmSync keeps ISO 8601 with a colon (<c>+00:00</c>) so every reader parses it. Dates and other text pass unchanged.
/// </summary>
internal static class SalesforceDates
{
    public static string? Normalize(string? value)
    {
        if (value is not { Length: 28 } || value[10] != 'T' || value[19] != '.' || value[23] is not ('+' or '-'))
            return value;
        for (var i = 24; i < 28; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
                return value;
        }

        return string.Concat(value.AsSpan(0, 26), ":", value.AsSpan(26, 2));
    }

    /// <summary>A SOQL datetime literal: unquoted ISO 8601 UTC to the second (salesforce-api.md §3.2 rule 5).</summary>
    public static string Literal(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
}
