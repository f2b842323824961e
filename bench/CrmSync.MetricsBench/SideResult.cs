namespace CrmSync.MetricsBench;

/// <summary>What one side (a child process) reports: run times, peak memory, data sizes and every metric of every period.</summary>
internal sealed class SideResult
{
    public string Side { get; set; } = "";

    public List<double> Seconds { get; set; } = [];

    public double LoadSeconds { get; set; }

    public double PeakMb { get; set; }

    public Dictionary<string, long> Rows { get; set; } = [];

    /// <summary>Period label → metric key → value (null: no value).</summary>
    public Dictionary<string, Dictionary<string, double?>> Results { get; set; } = [];

    public double Median => Seconds.Order().ElementAt(Seconds.Count / 2);

    /// <summary>The process's peak resident memory (VmHWM), in MB.</summary>
    public static double PeakResidentMb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }

        return double.NaN;
    }
}
