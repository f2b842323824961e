using CrmSync.Worker.Dashboard;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Metrics;
using CrmSync.Worker.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// The CrmSync page in a real headless Chromium: the demo's host (real Hangfire, the sandbox CRM, one pipeline run)
/// with the worked example's CSV folder as the connector's metrics input.
/// </summary>
[Collection(HostCollection.Name)]
public class CrmSyncPageBrowserTests
{
    private const string Query = "?asOf=2025-04-01&from=2025-02-01&to=2025-04-01&months=3";

    [Fact]
    public async Task MenuItemLinksToThePage_AndEveryChartIsDrawn_WithTheLastRun()
    {
        var inputs = new CsvFolderMetricsInputs(new Dictionary<string, string> { [DemoSession.Connector] = WorkedExampleFolder.Folder }, WorkedExampleFolder.Options());
        await using var browser = await PageBrowser.StartAsync(WorkedExampleFolder.ConfigFile, services => services.AddSingleton<IConnectorMetricsInputs>(inputs));
        var (demo, page) = (browser.Demo, browser.Page);

        await page.GotoAsync(demo.DashboardUrl);
        // The navigation menu's item (the brand link also says CrmSync, and leads home).
        var menu = page.Locator("a[href='/hangfire/crmsync']");
        Assert.Equal(1, await menu.CountAsync());
        Assert.Equal("CrmSync", (await menu.InnerTextAsync()).Trim());
        await menu.ClickAsync();
        Assert.EndsWith("/hangfire/crmsync", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("section[data-connector='sandbox']").CountAsync());

        await page.GotoAsync($"{demo.DashboardUrl}/crmsync{Query}");
        foreach (var chart in PageCharts.All)
        {
            Assert.Equal(1, await page.Locator($"figure[data-chart='{chart}'] > svg").CountAsync());
            await PageCharts.AssertDrawnAsync(page, chart);
        }

        Assert.Equal(0, await page.Locator("[data-missing-chart]").CountAsync());
        Assert.Equal("Succeeded", await page.Locator(".crmsync-run-status").First.InnerTextAsync());
        Assert.Contains(browser.Run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".crmsync-table").Last.InnerTextAsync(), StringComparison.Ordinal);
        await PageScreenshots.SaveAsync(page, "crmsync-page-worked-example.png");
    }

    [Fact]
    public async Task WithoutAMetricsReader_ThePageSaysSo_AndOtherSectionsStillRender_InOrder()
    {
        // Whatever reader the worker registers, this host has none; two sections as other features add them, one failing.
        await using var browser = await PageBrowser.StartAsync(null, services =>
        {
            services.RemoveAll<IConnectorMetricsInputs>();
            services.AddSingleton<ICrmSyncPageSection>(new ProbeSection(950, "Failing probe", "probe failed on purpose"));
            services.AddSingleton<ICrmSyncPageSection>(new ProbeSection(500, "Probe"));
        });
        var page = browser.Page;

        var response = await page.GotoAsync($"{browser.Demo.DashboardUrl}/crmsync");

        Assert.Equal(200, response!.Status);
        Assert.Equal(PageCharts.All.Length, await page.Locator("[data-missing-chart]").CountAsync());
        Assert.Contains("no reader of the stored data", await page.Locator("[data-missing-chart='funnel']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Succeeded", await page.Locator(".crmsync-run-status").First.InnerTextAsync());
        var titles = await page.Locator(".crmsync-section > h3").AllInnerTextsAsync();
        Assert.Equal(["Connector health", "Funnel: volumes V1\u2013V6, conversion and \u0394t", "Revenue bridge V7\u2013V13", "Retention: NRR and GRR by month",
            "Win rate and pipeline velocity", "Probe", "Alert budget: created, waiting, backlog, digests", "Last runs", "Failing probe"], titles);
        Assert.Equal("sandbox", await page.Locator(".probe").InnerTextAsync());
        Assert.Equal("This section failed: probe failed on purpose", await page.Locator(".crmsync-section .alert-danger").InnerTextAsync());
    }
}
