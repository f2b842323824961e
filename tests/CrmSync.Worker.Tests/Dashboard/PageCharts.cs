using Microsoft.Playwright;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>The page's charts as a browser sees them: every <c>data-chart</c> name, and a check that one is drawn.</summary>
internal static class PageCharts
{
    public static readonly string[] All = ["funnel", "waterfall", "retention", "win-rate", "velocity"];

    /// <summary>One SVG under the chart's figure, with texts (labels, values) and a drawn size a reader can see.</summary>
    public static async Task AssertDrawnAsync(IPage page, string chart)
    {
        var svg = page.Locator($"figure[data-chart='{chart}'] > svg");
        Assert.True(await svg.CountAsync() >= 1, $"{chart}: no <svg> on the page");
        svg = svg.First;
        Assert.True(await svg.Locator("text").CountAsync() > 5, $"{chart}: no texts drawn");
        var box = await svg.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 150 }, $"{chart}: drawn {box?.Width}x{box?.Height}");
    }
}
