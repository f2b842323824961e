using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// Compares two non-null values of one field: text case-insensitively (SOQL's rule), ids exactly (18-character
/// canonical form, whose ordinal order is creation order here), numbers, dates, datetimes, booleans by value.
/// </summary>
internal static class ValueComparer
{
    public static int Compare(object a, object b, FieldType type) => (a, b) switch
    {
        (string x, string y) => type.IsIdLike() ? string.CompareOrdinal(x, y) : string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
        (double x, double y) => x.CompareTo(y),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        (DateTime x, DateTime y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => string.Compare(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(b, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };

    /// <summary>ORDER BY order for one item, nulls placed as asked.</summary>
    public static int CompareForOrder(object? a, object? b, SoqlOrder order, FieldType type)
    {
        if (a is null || b is null)
        {
            var nullsFirst = a is null ? -1 : 1;
            return a is null && b is null ? 0 : order.NullsLast ? -nullsFirst : nullsFirst;
        }

        var result = Compare(a, b, type);
        return order.Descending ? -result : result;
    }
}
