using System.Globalization;
using CrmSync.Core.Analysis;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>
/// Orders alerts by the configured rule, most urgent first: each criterion in turn (a missing value after any value),
/// then the record id (numeric ids by number), then the key, so that every run orders the same alerts the same way.
/// </summary>
public sealed class AlertPriorityOrder(IReadOnlyList<PriorityCriterion> rule) : IComparer<AlertCandidate>
{
    public int Compare(AlertCandidate? x, AlertCandidate? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null || y is null)
            return x is null ? 1 : -1;
        foreach (var criterion in rule)
        {
            var order = criterion switch
            {
                PriorityCriterion.MoneyAtRisk => Descending(x.MoneyAtRisk, y.MoneyAtRisk),
                PriorityCriterion.Overrun => Descending(x.Overrun, y.Overrun),
                PriorityCriterion.Age => Ascending(x.Since, y.Since),
                _ => Descending<int>((int)x.Priority, (int)y.Priority),
            };
            if (order != 0)
                return order;
        }

        var byId = CompareIds(x.RecordId, y.RecordId);
        return byId != 0 ? byId : string.CompareOrdinal(x.Key, y.Key);
    }

    private static int Descending<T>(T? x, T? y) where T : struct, IComparable<T> => NullsLast(x, y, descending: true);

    private static int Ascending<T>(T? x, T? y) where T : struct, IComparable<T> => NullsLast(x, y, descending: false);

    private static int NullsLast<T>(T? x, T? y, bool descending) where T : struct, IComparable<T>
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : 1) : -1;
        var order = x.Value.CompareTo(y.Value);
        return descending ? -order : order;
    }

    private static int CompareIds(string x, string y)
    {
        if (long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            return a.CompareTo(b);
        return string.CompareOrdinal(x, y);
    }
}
