namespace CrmSync.MetricsBench;

/// <summary>What one side (a child process) reports: run times, peak memory, data sizes and every metric of every period.</summary>
internal sealed class SideResult
{
    public string Side { get; set; } = "";

    public List<double> Seconds { get; set; } = [];

    public double LoadSeconds { get; set; }

    /// <summary>Peak resident memory while the data was generated and loaded.</summary>
    public double LoadPeakMb { get; set; }

    /// <summary>Peak resident memory while the metrics were computed (the peak is reset after loading).</summary>
    public double PeakMb { get; set; }

    public Dictionary<string, long> Rows { get; set; } = [];

    /// <summary>Period label → metric key → value (null: no value).</summary>
    public Dictionary<string, Dictionary<string, double?>> Results { get; set; } = [];

    public double Median => Seconds.Order().ElementAt(Seconds.Count / 2);

    /// <summary>
    /// After loading: a compacting collection, then the kernel's peak-RSS mark is reset (<c>/proc/self/clear_refs</c>,
    /// value 5), so that <see cref="PeakResidentMb"/> then measures the computation, data included, not the loading.
    /// Returns the peak so far.
    /// </summary>
    public static double EndLoading()
    {
        var peak = PeakResidentMb();
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        return peak;
    }

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
