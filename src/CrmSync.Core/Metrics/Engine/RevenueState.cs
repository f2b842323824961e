using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// The revenue series the bridge runs on (MRR; for the consumption model the trailing average of usage revenue),
/// with each customer's monthly movement classified as metrics.md §2.1 says and the tenant's monthly totals.
/// </summary>
internal sealed class RevenueState
{
    private readonly bool _fold;

    public RevenueState(RevenueSeries series, MetricsOptions options)
    {
        _fold = options.FoldCrossSellIntoUpgrade;
        Ids = series.CustomerIds;
        FirstMonth = series.FirstMonth;
        MonthCount = series.MonthCount;
        Mrr = series.Mrr;
        NewProductMrr = series.NewProductMrr;
        if (options.BusinessModel == BusinessModel.Consumption && series.MonthCount > 0)
            Smooth(series, Math.Min(options.UsageSmoothingMonths, series.MonthCount));
        MonthTotals = new BridgeTotals[MonthCount];
        for (var c = 0; c < Ids.Length; c++)
        {
            for (var m = 1; m < MonthCount; m++)
                MonthTotals[m] += Movement(c, m);
        }
    }

    public string[] Ids { get; }

    public int FirstMonth { get; private set; }

    public int MonthCount { get; private set; }

    /// <summary>[customer × MonthCount + month offset].</summary>
    public decimal[] Mrr { get; private set; }

    public decimal[]? NewProductMrr { get; private set; }

    /// <summary>Tenant totals of the movement into each month offset (offset 0 has none).</summary>
    public BridgeTotals[] MonthTotals { get; }

    public bool Covers(int month) => month >= FirstMonth && month < FirstMonth + MonthCount;

    public decimal At(int customer, int month) => Mrr[(customer * MonthCount) + month - FirstMonth];

    /// <summary>Customer <paramref name="c"/>'s movement from month offset m − 1 to m.</summary>
    public BridgeTotals Movement(int c, int m)
    {
        var row = c * MonthCount;
        var b = Mrr[row + m - 1];
        var e = Mrr[row + m];
        if (b == e)
            return new BridgeTotals(b, 0, 0, 0, 0, 0, e);
        if (b == 0)
            return new BridgeTotals(b, e, 0, 0, 0, 0, e);
        if (e == 0)
            return new BridgeTotals(b, 0, 0, 0, 0, b, e);
        if (e < b)
            return new BridgeTotals(b, 0, 0, 0, b - e, 0, e);
        var growth = e - b;
        var crossSell = _fold || NewProductMrr is null ? 0 : Math.Min(NewProductMrr[row + m], growth);
        return new BridgeTotals(b, 0, crossSell, growth - crossSell, 0, 0, e);
    }

    /// <summary>Customer <paramref name="c"/>'s bridge from month offset <paramref name="from"/> to <paramref name="to"/>: the sum of its monthly movements.</summary>
    public BridgeTotals Window(int c, int from, int to)
    {
        decimal added = 0, crossSell = 0, upgrade = 0, downgrade = 0, churn = 0;
        for (var m = from + 1; m <= to; m++)
        {
            var move = Movement(c, m);
            added += move.New;
            crossSell += move.CrossSell;
            upgrade += move.Upgrade;
            downgrade += move.Downgrade;
            churn += move.Churn;
        }

        var row = c * MonthCount;
        return new BridgeTotals(Mrr[row + from], added, crossSell, upgrade, downgrade, churn, Mrr[row + to]);
    }

    public static RevenueBucket Bucket(decimal b, decimal e) =>
        b == e ? RevenueBucket.Unchanged : b == 0 ? RevenueBucket.New : e == 0 ? RevenueBucket.Churn : e > b ? RevenueBucket.Upgrade : RevenueBucket.Downgrade;

    /// <summary>Replaces each month by the average of the last <paramref name="months"/> (usage revenue); cross-sell does not apply.</summary>
    private void Smooth(RevenueSeries series, int months)
    {
        var count = series.MonthCount - months + 1;
        var smoothed = new decimal[Ids.Length * count];
        for (var c = 0; c < Ids.Length; c++)
        {
            for (var m = 0; m < count; m++)
            {
                decimal sum = 0;
                for (var k = 0; k < months; k++)
                    sum += series.Mrr[(c * series.MonthCount) + m + k];
                smoothed[(c * count) + m] = sum / months;
            }
        }

        FirstMonth = series.FirstMonth + months - 1;
        MonthCount = count;
        Mrr = smoothed;
        NewProductMrr = null;
    }
}
