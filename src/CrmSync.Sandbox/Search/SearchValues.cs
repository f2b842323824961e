using System.Globalization;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Search;

/// <summary>Turns property values and filter values into comparable forms.</summary>
internal static class SearchValues
{
    public static FilterValueKind KindOf(string propertyType) => propertyType switch
    {
        "number" => FilterValueKind.Number,
        "datetime" or "date" => FilterValueKind.DateTime,
        _ => FilterValueKind.Text,
    };

    public static bool TryNumber(string? text, FilterValueKind kind, out decimal number)
    {
        number = 0;
        if (kind == FilterValueKind.DateTime)
        {
            var ok = SeedTime.TryParse(text, out var ms);
            number = ms;
            return ok;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Orders two stored values of one property; values that do not parse sort as text after those that do.</summary>
    public static int Compare(string? left, string? right, FilterValueKind kind)
    {
        if (kind != FilterValueKind.Text && TryNumber(left, kind, out var a) && TryNumber(right, kind, out var b))
        {
            return a.CompareTo(b);
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }
}
