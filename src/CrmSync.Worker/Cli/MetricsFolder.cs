using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Offline;
using CrmSync.Core.Text;

namespace CrmSync.Worker.Cli;

/// <summary>The folder of <c>crmsync metrics --input</c>: checked to exist, each file opened as strict UTF-8 when asked for.</summary>
public static class MetricsFolder
{
    public static Func<string, TextReader?> Open(string folder)
    {
        if (File.Exists(folder))
            throw new MetricsInputException($"--input '{folder}' is a file; name the folder holding {string.Join(", ", MetricsCsvReader.RequiredFiles)}.");
        if (!Directory.Exists(folder))
            throw new MetricsInputException($"--input '{folder}': the folder does not exist.");
        return name =>
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
                return null;
            try
            {
                return new Utf8InputReader(File.OpenRead(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new MetricsInputException($"cannot read {path}: {e.Message}", e);
            }
        };
    }
}
