namespace CrmSync.ChaosCheck;

/// <summary>Where the crmsync binary (built beside this program) and the shared fault proxy are.</summary>
internal static class ChaosPaths
{
    public static string Crmsync
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "crmsync.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"crmsync.dll is not beside the harness ({AppContext.BaseDirectory}); build the project.");
        }
    }

    public static string ProxyScript(string? overridePath)
    {
        if (overridePath is not null)
            return Path.GetFullPath(overridePath);
        var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("CrmSync.sln not found above the current or the program directory; pass --proxy.");
        var script = Path.GetFullPath(Path.Combine(root, "..", "shared", "tools", "fault-proxy.py"));
        return File.Exists(script) ? script : throw new FileNotFoundException($"The fault proxy is not at {script}; pass --proxy.");
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
                return directory.FullName;
        }

        return null;
    }
}
