namespace CrmSync.DedupeBench;

/// <summary>
/// The process's resident-set high-water mark (Linux VmHWM), which can be reset so that a measurement covers one
/// stage only (the runs, not the generation of their input). Elsewhere it falls back to the peak working set.
/// </summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";

    /// <summary>Starts a new high-water mark at the current resident size; false where the kernel does not allow it.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double Megabytes()
    {
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
