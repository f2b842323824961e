using System.Globalization;

namespace CrmSync.Worker.Jobs;

/// <summary>Reads a cron minute field (<c>*</c>, <c>5</c>, <c>0-29</c>, <c>*/15</c>, <c>5/20</c>, lists of these) into its minutes.</summary>
internal static class MinuteField
{
    /// <returns>False for anything else (names, <c>?</c>, out-of-range values): the caller then leaves the cron alone.</returns>
    public static bool TryRead(string field, out IReadOnlyList<int> minutes)
    {
        var set = new SortedSet<int>();
        minutes = [];
        foreach (var part in field.Split(','))
        {
            var (range, stepText) = part.Split('/') switch
            {
                [var r] => (r, "1"),
                [var r, var s] => (r, s),
                _ => (null, null),
            };
            if (range is null || !TryNumber(stepText, out var step) || step < 1)
                return false;
            if (!TryRange(range, stepped: part.Contains('/', StringComparison.Ordinal), out var first, out var last))
                return false;
            if (first > last || last > 59)
                return false;
            for (var m = first; m <= last; m += step)
                set.Add(m);
        }

        minutes = [.. set];
        return set.Count > 0;
    }

    private static bool TryRange(string range, bool stepped, out int first, out int last)
    {
        if (range == "*")
        {
            (first, last) = (0, 59);
            return true;
        }

        if (range.Split('-') is [var from, var to])
        {
            last = 0;
            return TryNumber(from, out first) && TryNumber(to, out last);
        }

        // "5/20" runs from 5 to the end of the hour; a plain "5" is that minute alone.
        var ok = TryNumber(range, out first);
        last = stepped ? 59 : first;
        return ok;
    }

    private static bool TryNumber(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
