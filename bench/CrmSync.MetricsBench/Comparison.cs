namespace CrmSync.MetricsBench;

/// <summary>Every metric of every period, CrmSync against DuckDB: both null, or equal within 1e-9 relative.</summary>
internal static class Comparison
{
    public static (int Compared, List<string> Differences) Compare(SideResult engine, SideResult duck)
    {
        var differences = new List<string>();
        var compared = 0;
        foreach (var (period, metrics) in engine.Results)
        {
            var other = duck.Results.GetValueOrDefault(period) ?? [];
            foreach (var key in metrics.Keys.Union(other.Keys))
            {
                compared++;
                var a = metrics.GetValueOrDefault(key);
                var b = other.GetValueOrDefault(key);
                if (!metrics.ContainsKey(key))
                    differences.Add($"{period} {key}: not computed by CrmSync (DuckDB {b})");
                else if (!Same(a, b))
                    differences.Add($"{period} {key}: CrmSync {Show(a)}, DuckDB {Show(b)}{(other.ContainsKey(key) ? "" : " (no row)")}");
            }
        }

        return (compared, differences);
    }

    private static bool Same(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));

    private static string Show(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
