namespace CrmSync.DedupeBench;

/// <summary>Finds the repository root (the folder holding CrmSync.sln) and the shared data sets beside it.</summary>
internal static class RepositoryPaths
{
    public static string DatasetsDirectory(string? overridePath)
    {
        if (overridePath is not null)
        {
            return Path.GetFullPath(overridePath);
        }

        var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory)
                   ?? throw new DirectoryNotFoundException("CrmSync.sln not found above the current or the program directory; pass --datasets-dir.");
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "datasets"));
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
