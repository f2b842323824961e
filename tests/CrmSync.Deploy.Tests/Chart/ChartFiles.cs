namespace CrmSync.Deploy.Tests.Chart;

/// <summary>The files of charts/crmsync.</summary>
internal static class ChartFiles
{
    public static string Directory => Repository.PathOf("charts", "crmsync");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Every template that renders a manifest (not the helpers, not NOTES.txt).</summary>
    public static IReadOnlyList<string> Manifests =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "templates"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    public static IEnumerable<string> AllTemplates =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "templates")).Order(StringComparer.Ordinal);
}
