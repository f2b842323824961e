using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// The MRR series of <see cref="MetricsOptions.RevenueSource"/> from won deals: each won deal is live revenue of its
/// company from its close date for <see cref="MetricsOptions.ContractMonths"/> (closed MRR, metrics.md §1.4), so it
/// counts at every month end inside <c>[close, close + term)</c>. A renewal is another won deal. Deals without a
/// company or without the chosen amount add nothing.
/// </summary>
internal sealed class DealRevenue(MetricsOptions options)
{
    private readonly Dictionary<(string Company, int Month), decimal> _mrr = [];

    public void AddWonDeal(CrmRecord deal, string company, decimal? amount, decimal? recurringAmount)
    {
        var monthly = options.RevenueSource switch
        {
            RevenueSource.RecurringAmount => recurringAmount,
            RevenueSource.ContractAmount => amount / options.ContractMonths,
            _ => null,
        };
        if (monthly is not > 0 || CrmTimestamp.Parse(deal.Get(CanonicalFields.CloseDate)) is not { } close)
            return;
        var start = close.UtcDateTime;
        var end = start.AddMonths(options.ContractMonths);
        // Month m's end is the first instant of month m + 1: live there when start <= it < end.
        for (var month = Timestamps.MonthOf(start.Ticks) - 1; Timestamps.MonthStart(month + 1) < end.Ticks; month++)
        {
            if (Timestamps.MonthStart(month + 1) >= start.Ticks)
                _mrr[(company, month)] = _mrr.GetValueOrDefault((company, month)) + monthly.Value;
        }
    }

    public void AddTo(MetricsInputBuilder builder)
    {
        foreach (var ((company, month), mrr) in _mrr.OrderBy(p => p.Key.Company, StringComparer.Ordinal).ThenBy(p => p.Key.Month))
            builder.AddRevenue(company, month / 12, (month % 12) + 1, decimal.Round(mrr, 2));
    }
}
