namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// CAC, CAC payback, LTV and LTV:CAC (metrics.md §5.4–5.7). Spend and gross margin come from configuration (the CRM
/// holds neither): without them the metrics that need them are null with <c>MissingInput</c>.
/// </summary>
internal static class UnitEconomics
{
    public static void Compute(MetricsOptions options, PeriodWindow window, DealPass pass, RevenueOutcome revenue, MetricSet set)
    {
        var min = options.MinSampleForRatios;
        var byDeals = options.NewCustomerBasis == NewCustomerBasis.WonDeals;
        var newCustomers = byDeals
            ? MetricValue.Count(pass.Won)
            : revenue.Bridge is null ? MetricValue.Null(MetricNullReason.MissingInput) : MetricValue.Count(revenue.NewCustomers);
        var n = newCustomers.N;
        var cac = SpendFor(options, window.Period) is { } spend
            ? newCustomers.HasValue ? MetricValue.Ratio(spend, n, n, min) : newCustomers
            : MetricValue.Null(MetricNullReason.MissingInput, n);
        var newArpa = byDeals
            ? MetricValue.Ratio(pass.WonAmount / options.DealAmountMonths, pass.WonAmounts.Count, pass.WonAmounts.Count, min)
            : revenue.Bridge is { } bridge ? MetricValue.Ratio(bridge.New, n, n, min) : MetricValue.Null(MetricNullReason.MissingInput);
        var margin = options.GrossMargin is { } gm ? MetricValue.Of(gm, 1) : MetricValue.Null(MetricNullReason.MissingInput);
        set.Set(MetricKeys.NewCustomers, newCustomers);
        set.Set(MetricKeys.Cac, cac);
        set.Set(MetricKeys.NewCustomerArpa, newArpa);
        set.Set(MetricKeys.CacPayback, Divide(cac, Multiply(newArpa, margin)));
        set.Set(MetricKeys.CacPaybackRevenue, Divide(cac, newArpa));

        var lifetime = revenue.MonthlyChurn is { Value: { } churn } monthly
            ? MetricValue.Of(churn == 0 ? options.LifetimeCapMonths : Math.Min(1 / churn, options.LifetimeCapMonths), monthly.N)
            : revenue.MonthlyChurn;
        var ltv = Multiply(Multiply(revenue.Arpa, margin), lifetime);
        set.Set(MetricKeys.CustomerLifetimeMonths, lifetime);
        set.Set(MetricKeys.Ltv, ltv);
        set.Set(MetricKeys.LtvRevenue, Multiply(revenue.Arpa, lifetime));
        set.Set(MetricKeys.LtvToCac, Divide(ltv, cac));
    }

    /// <summary>Spend of the configured periods inside <paramref name="period"/>; null unless they cover it exactly, end to end.</summary>
    public static decimal? SpendFor(MetricsOptions options, MetricsPeriod period)
    {
        var entries = new List<(MetricsPeriod Period, decimal Amount)>();
        foreach (var (text, amount) in options.Spend)
        {
            var spent = MetricsPeriod.Parse(text);
            if (period.Contains(spent))
                entries.Add((spent, amount));
            else if (spent.From < period.To && spent.To > period.From)
                return null; // straddles the period: it cannot be split without guessing
        }

        var reached = period.From;
        decimal total = 0;
        foreach (var (spent, amount) in entries.OrderBy(e => e.Period.From))
        {
            if (spent.From != reached)
                return null; // a gap, or two entries for the same months
            reached = spent.To;
            total += amount;
        }

        return reached == period.To ? total : null;
    }

    private static MetricValue Multiply(MetricValue a, MetricValue b) =>
        !a.HasValue ? a : !b.HasValue ? b with { N = a.N } : MetricValue.Of(a.Value!.Value * b.Value!.Value, a.N);

    private static MetricValue Divide(MetricValue a, MetricValue b)
    {
        if (!a.HasValue)
            return a;
        if (!b.HasValue)
            return b with { N = a.N };
        return b.Value <= 0 ? MetricValue.Null(MetricNullReason.ZeroDenominator, a.N) : MetricValue.Of(a.Value!.Value / b.Value!.Value, a.N);
    }
}
