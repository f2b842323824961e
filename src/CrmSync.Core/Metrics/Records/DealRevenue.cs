using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// The MRR series of <see cref="MetricsOptions.RevenueSource"/> from won deals: each won deal is live revenue of its
/// company from its close date for <see cref="MetricsOptions.ContractMonths"/> (closed MRR, metrics.md §1.4), so it
/// counts at every month end inside <c>[close, close + term)</c>. A deal whose connector maps contract dates
/// (<c>contract_start</c>, <c>contract_end</c>: Salesforce's configured ContractFields) is live over its own contract
/// instead, from its start (else its close) to the day after its end (else start + term), and ContractAmount spreads
/// the amount over that contract's months. A renewal is another won deal. Deals without a company or without the
/// chosen amount add nothing.
/// </summary>
internal sealed class DealRevenue(MetricsOptions options)
{
    private readonly Dictionary<(string Company, int Month), decimal> _mrr = [];

    public void AddWonDeal(CrmRecord deal, string company, decimal? amount, decimal? recurringAmount)
    {
        if ((CrmTimestamp.Parse(deal.Get(CanonicalFields.ContractStart)) ?? CrmTimestamp.Parse(deal.Get(CanonicalFields.CloseDate))) is not { } from)
            return;
        var start = from.UtcDateTime;
        var end = CrmTimestamp.Parse(deal.Get(CanonicalFields.ContractEnd)) is { } last && last.UtcDateTime.AddDays(1) > start
            ? last.UtcDateTime.Date.AddDays(1)
            : start.AddMonths(options.ContractMonths);
        var months = Math.Max(1, ((end.Year - start.Year) * 12) + end.Month - start.Month);
        var monthly = options.RevenueSource switch
        {
            RevenueSource.RecurringAmount => recurringAmount,
            RevenueSource.ContractAmount => amount / months,
            _ => null,
        };
        if (monthly is not > 0)
            return;
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
