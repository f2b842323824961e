using Microsoft.Playwright;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// Debian's chromium driven by Playwright (its own browser download does not work offline). Without
/// <c>/usr/bin/chromium</c> the test is skipped, or failed when CI=true (.ci/run installs it).
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"{ExecutablePath} is missing (apt-get install -y chromium).";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(reason + " CI=true, so a missing browser is a failure, not a skip.");
            Assert.Skip(reason);
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            return (playwright, await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true }));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
