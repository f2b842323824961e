using System.Globalization;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// The MRR series of <see cref="RevenueSource.CompanyProperty"/>: each company's <c>recurring_amount</c> (the property
/// the connector's settings name, in the home currency) with its value history; the MRR at a month end is the value the
/// property had then (its last change before the month end), from the month of its first value to the month of
/// <c>until</c>. An empty value is 0. A company without the property (or never above 0) adds nothing.
/// </summary>
internal static class CompanyPropertyRevenue
{
    /// <exception cref="MetricsInputException">A value that is not a number (named by company and value).</exception>
    public static void AddTo(MetricsInputBuilder builder, IEnumerable<CrmRecord> companies, DateTime? until)
    {
        foreach (var company in companies.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var changes = Changes(company);
            if (changes.Count == 0)
                continue;
            var last = Timestamps.MonthOf((until ?? changes[^1].At.UtcDateTime).Ticks);
            var next = 0;
            var mrr = 0m;
            var live = false;
            for (var month = Timestamps.MonthOf(changes[0].At.UtcDateTime.Ticks); month <= last; month++)
            {
                // The value at month m's end (the first instant of m + 1) is the last change before it.
                for (; next < changes.Count && changes[next].At.UtcDateTime.Ticks < Timestamps.MonthStart(month + 1); next++)
                    mrr = Parse(company, changes[next].Value);
                // From its first MRR on, every month is written, zeros too: the series covers up to `until`.
                live |= mrr > 0;
                if (live)
                    builder.AddRevenue(company.Id, month / 12, (month % 12) + 1, decimal.Round(mrr, 2));
            }
        }
    }

    private static List<(string? Value, DateTimeOffset At)> Changes(CrmRecord company)
    {
        if (company.History.TryGetValue(CanonicalFields.RecurringAmount, out var history) && history.Count > 0)
            return [.. history.OrderBy(h => h.Timestamp).Select(h => (h.Value, h.Timestamp))];
        // No history kept: the current value, since the company's creation.
        return company.Get(CanonicalFields.RecurringAmount) is { Length: > 0 } value ? [(value, company.CreatedAt)] : [];
    }

    private static decimal Parse(CrmRecord company, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return 0m;
        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var mrr)
            ? mrr
            : throw new MetricsInputException($"company '{company.Id}': {CanonicalFields.RecurringAmount} '{value}' is not a number.");
    }
}
