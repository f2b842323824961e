using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// Headless Chromium on the demo's host (real Hangfire, the sandbox CRM) after one pipeline run through Hangfire,
/// so that the page has a run to list.
/// </summary>
internal sealed class PageBrowser : IAsyncDisposable
{
    // The recurring job must not fire by itself while the test looks (once a year, on 1 January).
    private static readonly Dictionary<string, string?> QuietSchedule = new() { ["CrmSync:Connectors:sandbox:Schedules:pipeline:Cron"] = "0 0 1 1 *" };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PageBrowser(IPlaywright playwright, IBrowser browser, DemoSession demo, RunRecord run, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Demo = demo;
        Run = run;
        Page = page;
    }

    public DemoSession Demo { get; }

    public RunRecord Run { get; }

    public IPage Page { get; }

    public static Task<PageBrowser> StartAsync(string? configFile, Action<IServiceCollection> services) =>
        StartAsync(new SandboxOptions { Records = 1_000 }, configFile, services);

    /// <param name="sandbox">The sandbox CRM's seed (the README's <c>demo --once</c> uses 2,000 records, seed 42).</param>
    public static async Task<PageBrowser> StartAsync(SandboxOptions sandbox, string? configFile, Action<IServiceCollection> services)
    {
        var ct = TestContext.Current.CancellationToken;
        var (playwright, browser) = await Chromium.LaunchAsync();
        DemoSession? demo = null;
        try
        {
            demo = await DemoSession.StartAsync(sandbox, 0, configFile, ct, QuietSchedule, services);
            var run = await demo.RunPipelineAsync(ct);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            return new PageBrowser(playwright, browser, demo, run, page);
        }
        catch
        {
            if (demo is not null)
                await demo.DisposeAsync();
            await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Demo.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
