namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// The right side for one period: the bridge V7–V13 as the sum of monthly movements (identity asserted per customer
/// and for the tenant), NRR/GRR and logo churn on the cohort of customers live at the start (endpoints, never chained
/// monthly figures), the 12-month cohort, flow ratios, ARPA and the trailing pooled revenue churn.
/// </summary>
internal static class RevenueMetrics
{
    public static RevenueOutcome Compute(EngineState state, PeriodWindow window, MetricSet set)
    {
        var revenue = state.Revenue;
        var min = state.Options.MinSampleForRatios;
        var begin = PeriodWindow.SnapshotMonth(Math.Min(window.From, window.AsOf));
        var end = PeriodWindow.SnapshotMonth(Math.Min(window.To, window.AsOf));
        if (state.Options.BusinessModel == BusinessModel.OneTime)
        {
            set.Set(MetricKeys.RevenueCollected, Collected(revenue, window, begin + 1, end));
            return RevenueOutcome.None;
        }

        if (!revenue.Covers(end))
        {
            foreach (var key in Keys)
                set.Set(key, MetricValue.Null(MetricNullReason.MissingInput));
            return RevenueOutcome.None;
        }

        var to = end - revenue.FirstMonth;
        var churn = TrailingChurn(revenue, to, state.Options.ChurnLookbackMonths, min);
        var arpa = Arpa(revenue, to, min);
        if (!revenue.Covers(begin))
        {
            // The period starts before the series: no bridge, but ARPA and the trailing churn at its end are known.
            foreach (var key in Keys)
                set.Set(key, MetricValue.Null(MetricNullReason.MissingInput));
            set.Set(MetricKeys.Arpa, arpa);
            set.Set(MetricKeys.MonthlyRevenueChurn, churn);
            return RevenueOutcome.None with { Arpa = arpa, MonthlyChurn = churn };
        }

        var from = begin - revenue.FirstMonth;
        var tally = new BridgeTally();
        var cohort = new EndpointCohort();
        var twelve = to - 12 >= 0 ? new EndpointCohort() : null;
        for (var c = 0; c < revenue.Ids.Length; c++)
        {
            tally.Add(revenue.Window(c, from, to).Asserted($"customer '{revenue.Ids[c]}'"));
            var row = c * revenue.MonthCount;
            cohort.Add(revenue.Mrr[row + from], revenue.Mrr[row + to]);
            twelve?.Add(revenue.Mrr[row + to - 12], revenue.Mrr[row + to]);
        }

        var total = tally.Total.Asserted("the tenant");
        set.Set(MetricKeys.Starting, MetricValue.Of(total.Starting, tally.Starting));
        set.Set(MetricKeys.NetNew, MetricValue.Of(total.New, tally.New));
        set.Set(MetricKeys.CrossSell, MetricValue.Of(total.CrossSell, tally.CrossSell));
        set.Set(MetricKeys.Upgrade, MetricValue.Of(total.Upgrade, tally.Upgrade));
        set.Set(MetricKeys.Downgrade, MetricValue.Of(total.Downgrade, tally.Downgrade));
        set.Set(MetricKeys.Churn, MetricValue.Of(total.Churn, tally.Churn));
        set.Set(MetricKeys.Ending, MetricValue.Of(total.Ending, tally.Ending));

        set.Set(MetricKeys.Nrr, cohort.Nrr(min));
        set.Set(MetricKeys.Grr, cohort.Grr(min));
        set.Set(MetricKeys.Nrr12, twelve?.Nrr(min) ?? MetricValue.Null(MetricNullReason.MissingInput));
        set.Set(MetricKeys.Grr12, twelve?.Grr(min) ?? MetricValue.Null(MetricNullReason.MissingInput));
        set.Set(MetricKeys.LogoChurn, MetricValue.Ratio(cohort.Churned, cohort.Customers, cohort.Customers, min));
        set.Set(MetricKeys.GrossRevenueChurn, total.GrossRevenueChurn(tally.Starting, min));
        set.Set(MetricKeys.NetRevenueChurn, cohort.NetRevenueChurn(min));
        set.Set(MetricKeys.QuickRatio, total.QuickRatio(tally.Moving, min));
        set.Set(MetricKeys.ExpansionRatio, total.ExpansionRatio(tally.Moving, min));
        set.Set(MetricKeys.ExpansionRate, total.ExpansionRate(tally.Starting, min));
        set.Set(MetricKeys.Arpa, arpa);
        set.Set(MetricKeys.MonthlyRevenueChurn, churn);
        return new RevenueOutcome(total, tally.New, new(() => Customers(revenue, from, to)), arpa, churn);
    }

    private static readonly string[] Keys =
    [
        MetricKeys.Starting, MetricKeys.NetNew, MetricKeys.CrossSell, MetricKeys.Upgrade, MetricKeys.Downgrade, MetricKeys.Churn,
        MetricKeys.Ending, MetricKeys.Nrr, MetricKeys.Grr, MetricKeys.Nrr12, MetricKeys.Grr12, MetricKeys.LogoChurn,
        MetricKeys.GrossRevenueChurn, MetricKeys.NetRevenueChurn, MetricKeys.QuickRatio, MetricKeys.ExpansionRatio,
        MetricKeys.ExpansionRate, MetricKeys.Arpa, MetricKeys.MonthlyRevenueChurn,
    ];

    /// <summary>Each customer's bridge over the window, for those with any MRR or movement.</summary>
    private static IReadOnlyList<CustomerMovement> Customers(RevenueState revenue, int from, int to)
    {
        var customers = new List<CustomerMovement>();
        for (var c = 0; c < revenue.Ids.Length; c++)
        {
            var bridge = revenue.Window(c, from, to);
            if (bridge != default)
                customers.Add(new CustomerMovement(revenue.Ids[c], bridge, RevenueState.Bucket(bridge.Starting, bridge.Ending)));
        }

        return customers;
    }

    /// <summary>Average MRR per customer live at the month end.</summary>
    private static MetricValue Arpa(RevenueState revenue, int month, int min)
    {
        decimal total = 0;
        var live = 0;
        for (var c = 0; c < revenue.Ids.Length; c++)
        {
            var mrr = revenue.Mrr[(c * revenue.MonthCount) + month];
            total += mrr;
            live += mrr > 0 ? 1 : 0;
        }

        return MetricValue.Ratio(total, live, live, min);
    }

    /// <summary>Σ (churn + downgrade) / Σ starting over the trailing months whose bridge is known.</summary>
    private static MetricValue TrailingChurn(RevenueState revenue, int to, int lookback, int min)
    {
        decimal lost = 0, starting = 0;
        var months = 0;
        for (var m = Math.Max(1, to - lookback + 1); m <= to; m++)
        {
            lost += revenue.MonthTotals[m].Churn + revenue.MonthTotals[m].Downgrade;
            starting += revenue.MonthTotals[m].Starting;
            months++;
        }

        return months == 0 ? MetricValue.Null(MetricNullReason.MissingInput) : MetricValue.Ratio(lost, starting, months, min);
    }

    /// <summary>One-time model: revenue collected over the whole months of the period (each must be covered).</summary>
    private static MetricValue Collected(RevenueState revenue, PeriodWindow window, int first, int last)
    {
        if (!window.Period.IsWholeMonths || last < first || !revenue.Covers(first) || !revenue.Covers(last))
            return MetricValue.Null(MetricNullReason.MissingInput);
        decimal sum = 0;
        for (var c = 0; c < revenue.Ids.Length; c++)
        {
            for (var m = first; m <= last; m++)
                sum += revenue.At(c, m);
        }

        return MetricValue.Of(sum, last - first + 1);
    }
}
