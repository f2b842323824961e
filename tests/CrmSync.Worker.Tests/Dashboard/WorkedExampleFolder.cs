using CrmSync.Core.Metrics;
using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>docs/examples/metrics/worked-example (metrics.md §11 as CSV) and its settings file.</summary>
internal static class WorkedExampleFolder
{
    public static readonly string Folder = Path.Combine(Root(), "docs", "examples", "metrics", "worked-example");

    public static string ConfigFile => Path.Combine(Folder, "crmsync.json");

    public static string ImagesFolder => Path.Combine(Root(), "docs", "images");

    /// <summary>The folder's settings (CrmSync:Metrics of crmsync.json) as the page's loader binds them.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder().AddJsonFile(ConfigFile).Build();

    public static MetricsOptions Options() => Configuration().GetSection("CrmSync:Metrics").Get<MetricsOptions>()!;

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No CrmSync.sln found above {AppContext.BaseDirectory}.");
    }
}
