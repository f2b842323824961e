using Microsoft.Playwright;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>Screenshots of the page: into the test's output folder, and into docs/images when CRMSYNC_SCREENSHOTS=docs (to refresh the committed one).</summary>
internal static class PageScreenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var image = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Assert.True(image.Length > 10_000, $"the screenshot has {image.Length} bytes");
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, name), image, TestContext.Current.CancellationToken);
        if (Environment.GetEnvironmentVariable("CRMSYNC_SCREENSHOTS") == "docs")
        {
            Directory.CreateDirectory(WorkedExampleFolder.ImagesFolder);
            await File.WriteAllBytesAsync(Path.Combine(WorkedExampleFolder.ImagesFolder, name), image, TestContext.Current.CancellationToken);
        }
    }
}
