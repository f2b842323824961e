using CrmSync.Core.Metrics;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>metrics.md §11.6: the monthly bridges, the two-month window (summed bridge, endpoint cohort) and unit economics.</summary>
public class WorkedExampleRevenueTests
{
    private static readonly MetricsEngine Engine = WorkedExample.Engine();

    public static TheoryData<string, string, string, string, string, string, string, string> Bridges => new()
    {
        // period: Starting, NetNew, CrossSell, Upgrade, Downgrade, Churn, Ending
        { "2025-02", "3500", "800", "200", "0", "0", "500", "4000" },
        { "2025-03", "4000", "0", "0", "200", "500", "0", "3700" },
        { "2025-02-01..2025-04-01", "3500", "800", "200", "200", "500", "500", "3700" },
    };

    [Theory]
    [MemberData(nameof(Bridges))]
    public void Bridge_V7ToV13_AndItsIdentity(string period, string starting, string added, string crossSell, string upgrade, string downgrade, string churn, string ending)
    {
        var metrics = Engine.Compute(Period(period)).Metrics;

        string[] keys = [MetricKeys.Starting, MetricKeys.NetNew, MetricKeys.CrossSell, MetricKeys.Upgrade, MetricKeys.Downgrade, MetricKeys.Churn, MetricKeys.Ending];
        string[] expected = [starting, added, crossSell, upgrade, downgrade, churn, ending];
        for (var i = 0; i < keys.Length; i++)
            MetricAssert.Value(metrics, keys[i], decimal.Parse(expected[i]), 2);
        var v = keys.Select(k => metrics[k].Value!.Value).ToArray();
        Assert.Equal(v[6], v[0] + v[1] + v[2] + v[3] - v[4] - v[5]);
    }

    public static TheoryData<string, string, string> Ratios => new()
    {
        { "2025-02", MetricKeys.Nrr, "0.914286" }, { "2025-02", MetricKeys.Grr, "0.857143" },
        { "2025-02", MetricKeys.LogoChurn, "0.333333" }, { "2025-02", MetricKeys.GrossRevenueChurn, "0.142857" },
        { "2025-02", MetricKeys.NetRevenueChurn, "0.085714" }, { "2025-02", MetricKeys.QuickRatio, "2.0" },
        { "2025-02", MetricKeys.ExpansionRatio, "0.20" }, { "2025-02", MetricKeys.ExpansionRate, "0.057143" },
        { "2025-03", MetricKeys.Nrr, "0.925" }, { "2025-03", MetricKeys.Grr, "0.875" },
        { "2025-03", MetricKeys.LogoChurn, "0" }, { "2025-03", MetricKeys.GrossRevenueChurn, "0.125" },
        { "2025-03", MetricKeys.NetRevenueChurn, "0.075" }, { "2025-03", MetricKeys.QuickRatio, "0.4" },
        { "2025-03", MetricKeys.ExpansionRatio, "1.00" }, { "2025-03", MetricKeys.ExpansionRate, "0.05" },
        { "2025-02-01..2025-04-01", MetricKeys.Nrr, "0.771429" }, { "2025-02-01..2025-04-01", MetricKeys.Grr, "0.714286" },
        { "2025-02-01..2025-04-01", MetricKeys.LogoChurn, "0.333333" }, { "2025-02-01..2025-04-01", MetricKeys.GrossRevenueChurn, "0.285714" },
        { "2025-02-01..2025-04-01", MetricKeys.NetRevenueChurn, "0.228571" }, { "2025-02-01..2025-04-01", MetricKeys.QuickRatio, "1.2" },
        { "2025-02-01..2025-04-01", MetricKeys.ExpansionRatio, "0.333333" }, { "2025-02-01..2025-04-01", MetricKeys.ExpansionRate, "0.114286" },
    };

    [Theory]
    [MemberData(nameof(Ratios))]
    public void RetentionAndFlowRatios(string period, string key, string expected)
    {
        var metrics = Engine.Compute(Period(period)).Metrics;

        MetricAssert.Value(metrics, key, decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void WindowNrr_ComparesCohortEndpoints_NeverChainsMonthlyNrr()
    {
        var feb = Engine.Compute(Period("2025-02")).Metrics[MetricKeys.Nrr].Value!.Value;
        var mar = Engine.Compute(Period("2025-03")).Metrics[MetricKeys.Nrr].Value!.Value;
        var window = Engine.Compute(Period("2025-02-01..2025-04-01")).Metrics[MetricKeys.Nrr];

        Assert.Equal(0.845714m, Math.Round(feb * mar, 6));
        Assert.Equal(0.771429m, Math.Round(window.Value!.Value, 6));
        Assert.Equal(3, window.N); // A, B, C: D was not live at the window's start
    }

    [Fact]
    public void QuickRatio_OfCompanyAAloneInMarch_IsZeroDenominator()
    {
        var a = Assert.Single(Engine.Compute(Period("2025-03")).Customers, c => c.CustomerId == "A");

        Assert.Equal(RevenueBucket.Unchanged, a.Bucket);
        var quick = a.Bridge.QuickRatio(1, 1);
        Assert.Null(quick.Value);
        Assert.Equal(MetricNullReason.ZeroDenominator, quick.Reason);
    }

    [Fact]
    public void PerCustomerBridge_WindowBucketsAndIdentity()
    {
        var customers = Engine.Compute(Period("2025-02-01..2025-04-01")).Customers.ToDictionary(c => c.CustomerId);

        Assert.Equal(RevenueBucket.Upgrade, customers["A"].Bucket);
        Assert.Equal(200m, customers["A"].Bridge.CrossSell);
        Assert.Equal(RevenueBucket.Downgrade, customers["B"].Bucket);
        Assert.Equal(RevenueBucket.Churn, customers["C"].Bucket);
        Assert.Equal((RevenueBucket.New, 800m, 200m), (customers["D"].Bucket, customers["D"].Bridge.New, customers["D"].Bridge.Upgrade));
        Assert.All(customers.Values, c => Assert.True(c.Bridge.IsBalanced));
    }

    public static TheoryData<string, string, int> UnitEconomics => new()
    {
        { MetricKeys.NewCustomers, "3", 0 }, { MetricKeys.Cac, "12000", 2 }, { MetricKeys.NewCustomerArpa, "1194.44", 2 },
        { MetricKeys.CacPayback, "12.558", 3 }, { MetricKeys.Arpa, "1233.33", 2 }, { MetricKeys.MonthlyRevenueChurn, "0.133333", 6 },
        { MetricKeys.CustomerLifetimeMonths, "7.5", 6 }, { MetricKeys.Ltv, "7400.00", 2 }, { MetricKeys.LtvRevenue, "9250.00", 2 },
        { MetricKeys.LtvToCac, "0.6167", 4 },
    };

    [Theory]
    [MemberData(nameof(UnitEconomics))]
    public void UnitEconomics_ForTheQuarter(string key, string expected, int decimals)
    {
        var metrics = Engine.Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Value(metrics, key, decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), decimals);
    }

    [Fact]
    public void QuarterBridge_StartsBeforeTheRevenueSeries_IsMissingInput()
    {
        var metrics = Engine.Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Null(metrics, MetricKeys.Starting, MetricNullReason.MissingInput);
        MetricAssert.Null(metrics, MetricKeys.Nrr, MetricNullReason.MissingInput);
    }

    internal static MetricsPeriod Period(string text) => text.Contains("..", StringComparison.Ordinal)
        ? MetricsPeriod.Between(MetricsPeriod.ParseInstant(text[..10]), MetricsPeriod.ParseInstant(text[12..]))
        : MetricsPeriod.Parse(text);
}
