namespace CrmSync.Deploy.Tests;

internal static class Repository
{
    /// <summary>The folder holding CrmSync.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"no CrmSync.sln above {AppContext.BaseDirectory}");
    }
}
