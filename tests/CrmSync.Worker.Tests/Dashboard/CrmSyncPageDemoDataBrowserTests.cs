using CrmSync.Sandbox;
using CrmSync.Worker.Dashboard.Sections;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Metrics;
using CrmSync.Worker.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// The acceptance of issue 9: the page renders in headless Chromium with every chart present, on the demo's data. The
/// README's <c>demo --once</c> (the HubSpot sandbox's defaults, 2,000 contacts) runs its pipeline into a real store,
/// and the page reads that store through the worker's own <see cref="StoredConnectorMetricsInputs"/>.
/// </summary>
[Collection(HostCollection.Name)]
public class CrmSyncPageDemoDataBrowserTests
{
    [Fact]
    public async Task OnTheDemosStoredData_EveryChartIsDrawnWithData()
    {
        await using var browser = await PageBrowser.StartAsync(new SandboxOptions { Records = 2_000 }, null, _ => { });
        var (demo, page) = (browser.Demo, browser.Page);
        Assert.IsType<StoredConnectorMetricsInputs>(demo.App.Services.GetRequiredService<IConnectorMetricsInputs>());

        await page.GotoAsync($"{demo.DashboardUrl}/crmsync");

        var missing = await page.Locator("[data-missing-chart]").AllInnerTextsAsync();
        Assert.True(missing.Count == 0, $"charts without data on the demo's data: {string.Join(" | ", missing)}");
        foreach (var chart in PageCharts.All.Append(AlertBudgetSection.Chart))
            await PageCharts.AssertDrawnAsync(page, chart);
        var health = await page.Locator($"section[data-connector='{DemoSession.Connector}'] .crmsync-health").InnerTextAsync();
        Assert.Contains($"Last success\t{browser.Run.FinishedAt!.Value.UtcDateTime:yyyy-MM-dd HH:mm:ss}\t{browser.Run.Id}", health, StringComparison.Ordinal);
        Assert.Matches(@"API budget left\t[0-9: -]+\t\t[0-9,]+ of 1,000,000 calls \([0-9.]+ %\), daily", health);
        Assert.Equal("Succeeded", await page.Locator($"section[data-connector='{DemoSession.Connector}'] .crmsync-run-status").First.InnerTextAsync());
        await PageScreenshots.SaveAsync(page, "crmsync-page.png");
    }
}
