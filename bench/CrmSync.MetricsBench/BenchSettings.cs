using CrmSync.Core.Metrics;

namespace CrmSync.MetricsBench;

/// <summary>Sizes and the tenant configuration of the benchmark; both sides read the same.</summary>
internal sealed record BenchSettings(int Deals, int Customers, int Contacts, int Runs, int Seed)
{
    /// <summary>Revenue, deals and contacts span 24 months from here; the as-of time is their end.</summary>
    public static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime AsOf = Start.AddMonths(24);

    public const int Months = 24;

    public const decimal GrossMargin = 0.75m;

    /// <summary>The twelve monthly periods measured: the second year.</summary>
    public static IReadOnlyList<MetricsPeriod> Periods { get; } =
        Enumerable.Range(0, 12).Select(m => MetricsPeriod.Month(2025, m + 1)).ToList();

    /// <summary>Spend per measured month (home currency), also a DuckDB table.</summary>
    public static decimal SpendFor(int month) => 150_000m + (month * 2_500m);

    public MetricsOptions Options()
    {
        var options = new MetricsOptions { GrossMargin = GrossMargin, CohortWindowDays = 30 };
        for (var m = 1; m <= 12; m++)
            options.Spend[$"2025-{m:D2}"] = SpendFor(m);
        return options;
    }

    public static BenchSettings Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchSettings(Get("--deals", 1_000_000), Get("--customers", 100_000), Get("--contacts", 300_000), Get("--runs", 3), Get("--seed", 42));
    }

    public string[] ToArgs() =>
        ["--deals", $"{Deals}", "--customers", $"{Customers}", "--contacts", $"{Contacts}", "--runs", $"{Runs}", "--seed", $"{Seed}"];
}
