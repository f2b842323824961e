using CrmSync.Worker.Dashboard;
using CrmSync.Worker.Dashboard.Charts;
using CrmSync.Worker.Dashboard.Sections;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// The page's charts on the worked example of metrics.md §11 (the CSV folder, through the offline reader): each SVG
/// holds its series with the engine's values, and a null metric shows its reason instead of a 0.
/// </summary>
public class CrmSyncPageSectionTests : IDisposable
{
    // The two-month window of §11.6: Starting 3,500, +800 new, +200 cross-sell, +200 upgrade, −500, −500, Ending 3,700.
    private const string BridgeWindow = "asOf=2025-04-01&from=2025-02-01&to=2025-04-01&months=3";
    private const string Quarter = "asOf=2025-04-01&period=2025-Q1&months=3";

    private readonly PageSections _page = new();

    public void Dispose() => _page.Dispose();

    [Fact]
    public async Task Waterfall_HasOneBarPerBridgeComponent_WithTheWorkedExamplesValues()
    {
        var chart = SvgFigure.Of(await _page.RenderAsync(new RevenueBridgeSection(), BridgeWindow), RevenueBridgeSection.Chart);

        var totals = chart.Bars(WaterfallChart.TotalColor);
        var gains = chart.Bars(WaterfallChart.GainColor);
        var losses = chart.Bars(WaterfallChart.LossColor);
        Assert.Equal((2, 3, 2), (totals.Count, gains.Count, losses.Count));
        // Bar heights are proportional to the amounts: Starting 3,500 is the unit.
        var unit = totals[0].Height / 3_500;
        Assert.Equal(3_700, totals[1].Height / unit, 0.5);
        Assert.Equal([800.0, 200.0, 200.0], gains.Select(b => Math.Round(b.Height / unit)));
        Assert.Equal([500.0, 500.0], losses.Select(b => Math.Round(b.Height / unit)));
        // Starting, new, cross-sell, upgrade, downgrade, churn, ending from left to right.
        Assert.True(totals[0].X < gains[0].X && gains[2].X < losses[0].X && losses[1].X < totals[1].X);
        foreach (var label in new[] { "3,500", "+800", "+200", "\u2212500", "3,700", "V7", "Starting", "V13", "Ending", "Revenue bridge 2025-02-01..2025-04-01", "MRR (USD)" })
            Assert.Contains(label, chart.Texts);
    }

    [Fact]
    public async Task Waterfall_WithANullPart_ShowsTheReasonInsteadOfABar()
    {
        // Q1's bridge starts at the end of December 2024, before the first month of revenue.csv.
        var html = await _page.RenderAsync(new RevenueBridgeSection(), Quarter);

        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("data-missing-chart=\"waterfall\"", html, StringComparison.Ordinal);
        Assert.Contains("V7 Starting: null (MissingInput, n = 0)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funnel_HasTheVolumes_ConversionAndCycle_AndNamesTheMissingSessions()
    {
        var html = await _page.RenderAsync(new FunnelSection(), Quarter);
        var chart = SvgFigure.Of(html, FunnelSection.Chart);

        // Q1: 3 leads, 3 MQLs, 0 SQLs (a real 0: labelled, no height), 5 opportunities, 3 won (§11.5); no sessions.csv,
        // so V1 has no bar but its reason.
        var bars = chart.Bars(FunnelChart.VolumeColor);
        var unit = bars.Max(b => b.Height) / 5;
        Assert.Equal([3.0, 3.0, 5.0, 3.0], bars.Select(b => Math.Round(b.Height / unit, 2)));
        foreach (var label in new[] { "V1 Sessions", "null: MissingInput", "V4 Sqls", "0", "V5 Opportunities", "V6 Won", "5", "3", "CR 60 %", "\u0394t 56 d" })
            Assert.Contains(label, chart.Texts);
        // The table: cohort basis where both volumes follow the same records, and the pipeline stages' Δt.
        Assert.Contains("<td>V5 Opportunities</td><td>V6 Won</td><td>60 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>discovery</td><td>qualification</td><td>100 %</td><td>14 d</td><td>14 d</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_DrawsNrrAndGrrByMonth_AndListsTheMonthsWithoutAValue()
    {
        var html = await _page.RenderAsync(new RetentionSection(), BridgeWindow);
        var chart = SvgFigure.Of(html, RetentionSection.Chart);

        foreach (var label in new[] { "NRR", "GRR", "2025-01", "2025-02", "2025-03", "NRR and GRR by month" })
            Assert.Contains(label, chart.Texts);
        Assert.Contains(chart.Texts, t => t.EndsWith('%'));
        Assert.Contains("No value: NRR: 2025-01 (MissingInput); GRR: 2025-01 (MissingInput)", html, StringComparison.Ordinal);
        // The trailing 12-month cohort reaches before the revenue series: null with its reason.
        Assert.Contains("null (MissingInput", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinRateAndVelocity_ByMonth_WithTheirTrend()
    {
        var html = await _page.RenderAsync(new WinRateVelocitySection(), Quarter);

        Assert.Contains("by count", SvgFigure.Of(html, WinRateVelocitySection.WinRateChart).Texts);
        Assert.Contains("velocity", SvgFigure.Of(html, WinRateVelocitySection.VelocityChart).Texts);
        // January closed nothing; February won D1; March lost D2 and won D3 and D6.
        Assert.Contains("by count: 2025-01 (ZeroDenominator)", html, StringComparison.Ordinal);
        Assert.Contains("<td>Win rate</td><td>75 %</td><td>100 % (2025-02) \u2192 66.7 % (2025-03)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Pipeline velocity</td><td>757.04 USD/day</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAMetricsReader_EveryMetricsChartSaysSo()
    {
        using var page = new PageSections(withInputs: false);
        ICrmSyncPageSection[] sections = [new FunnelSection(), new RevenueBridgeSection(), new RetentionSection(), new WinRateVelocitySection()];

        foreach (var section in sections)
        {
            var html = await page.RenderAsync(section, Quarter);
            Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(ConnectorMetricsLoader.NoInputs), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnknownConnector_IsNamedInThePage_NotAFailure()
    {
        var html = await _page.RenderAsync(new FunnelSection(), Quarter, connector: "nosuch");

        Assert.Contains("Metrics are not available for &#39;nosuch&#39;: No connector &#39;nosuch&#39; (configured: sandbox)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AreLoadedOncePerConnector_ForAllItsSections()
    {
        var connector = _page.Context(Quarter);

        foreach (var section in new ICrmSyncPageSection[] { new FunnelSection(), new RevenueBridgeSection(), new RetentionSection(), new WinRateVelocitySection() })
            await section.RenderAsync(connector, TestContext.Current.CancellationToken);

        Assert.Equal(1, _page.Inputs.Loads);
    }

    [Fact]
    public void DefaultQuery_IsTheQuarterOfTheAsOfTime_AndTwelveMonthsEndingWithIt()
    {
        // Midnight on 1 April closes March: the quarter is Q1 and the last month March.
        var page = CrmSyncPageQuery.Parse(_ => null, new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(("2025-Q1", 12), (page.Period.Label, page.Months.Count));
        Assert.Equal(("2024-04", "2025-03"), (page.Months[0].Label, page.Months[^1].Label));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public void BadQueryValues_AreListed_AndTheDefaultsUsed()
    {
        var values = new Dictionary<string, string> { ["period"] = "2025-Q5", ["months"] = "99", ["asOf"] = "yesterday" };
        var now = new DateTime(2026, 5, 20, 0, 0, 0, DateTimeKind.Utc);

        var page = CrmSyncPageQuery.Parse(values.GetValueOrDefault, now);

        Assert.Equal((now, "2026-Q2", 12), (page.AsOf, page.Period.Label, page.Months.Count));
        Assert.Equal(3, page.Problems.Count);
        Assert.Contains(page.Problems, p => p.StartsWith("period: '2025-Q5' is not a period", StringComparison.Ordinal));
        Assert.Contains(page.Problems, p => p.StartsWith("months: '99' is not a number of months from 1 to 36", StringComparison.Ordinal));
    }
}
