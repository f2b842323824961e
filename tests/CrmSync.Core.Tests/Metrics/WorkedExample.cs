using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>
/// The worked example of metrics.md §11, built row by row as the reference lists it: one pipeline, deals D1–D6 with
/// their stage history, companies A–D (A with products X and Y), contacts K1–K3 with their first touches.
/// </summary>
internal static class WorkedExample
{
    public static readonly DateTime Now = new(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    public static MetricsOptions Options(int minSampleForBenchmarks = 10) => new()
    {
        HomeCurrency = "USD",
        ExchangeRates = new(StringComparer.OrdinalIgnoreCase) { ["EUR"] = 1.10m },
        GrossMargin = 0.8m,
        Spend = new(StringComparer.OrdinalIgnoreCase) { ["2025-Q1"] = 36_000m },
        CohortWindowDays = 30,
        SlaMinutes = 60,
        MinSampleForBenchmarks = minSampleForBenchmarks,
    };

    public static MetricsEngine Engine(MetricsOptions? options = null, DateTime? asOf = null)
    {
        options ??= Options();
        return new MetricsEngine(Build(options), options, asOf ?? Now);
    }

    public static MetricsInput Build(MetricsOptions options)
    {
        var b = new MetricsInputBuilder();
        string[] stages = ["discovery", "qualification", "proposal", "negotiation", "closedwon", "closedlost"];
        for (var i = 0; i < stages.Length; i++)
            b.AddStage("sales", stages[i], stages[i], i + 1, isClosed: i >= 4, isWon: i == 4);

        Deal(b, "D1", "O1", "2025-01-06", 12_000m, "2025-02-24", "closedwon",
            ("discovery", "2025-01-06"), ("qualification", "2025-01-13"), ("proposal", "2025-01-27"), ("negotiation", "2025-02-10"), ("closedwon", "2025-02-24"));
        Deal(b, "D2", "O1", "2025-01-08", 8_000m, "2025-03-05", "closedlost",
            ("discovery", "2025-01-08"), ("qualification", "2025-01-22"), ("proposal", "2025-02-12"), ("closedlost", "2025-03-05"));
        Deal(b, "D3", "O1", "2025-01-15", 20_000m, "2025-03-12", "closedwon",
            ("discovery", "2025-01-15"), ("proposal", "2025-01-29"), ("negotiation", "2025-02-19"), ("closedwon", "2025-03-12"));
        Deal(b, "D4", "O2", "2025-02-03", 15_000m, "2025-03-28", "proposal",
            ("discovery", "2025-02-03"), ("qualification", "2025-02-10"), ("proposal", "2025-02-24"), ("qualification", "2025-03-03"), ("proposal", "2025-03-10"));
        Deal(b, "D5", "O2", "2025-02-17", null, "2025-05-15", "qualification",
            ("discovery", "2025-02-17"), ("qualification", "2025-03-03"));
        Deal(b, "D6", "O1", "2024-12-02", options.ToHome(10_000m, "EUR"), "2025-03-20", "closedwon",
            ("discovery", "2024-12-02"), ("qualification", "2024-12-09"), ("proposal", "2024-12-16"), ("closedlost", "2024-12-20"),
            ("negotiation", "2025-01-20"), ("closedwon", "2025-03-20"));

        (string Company, string Product, decimal Jan, decimal Feb, decimal Mar)[] revenue =
        [
            ("A", "X", 1_000, 1_000, 1_000), ("A", "Y", 0, 200, 200), ("B", "X", 2_000, 2_000, 1_500),
            ("C", "X", 500, 0, 0), ("D", "X", 0, 800, 1_000),
        ];
        foreach (var (company, product, jan, feb, mar) in revenue)
        {
            b.AddRevenue(company, 2025, 1, jan, product);
            b.AddRevenue(company, 2025, 2, feb, product);
            b.AddRevenue(company, 2025, 3, mar, product);
        }

        b.HasActivities();
        Contact(b, "K1", "2025-03-03T09:00:00Z", "2025-03-03T09:40:00Z");
        Contact(b, "K2", "2025-03-04T16:00:00Z", "2025-03-05T10:30:00Z");
        Contact(b, "K3", "2025-03-20T11:00:00Z", null);
        return b.Build();
    }

    public static DateTime At(string text) => MetricsPeriod.ParseInstant(text);

    private static void Deal(MetricsInputBuilder b, string id, string owner, string created, decimal? amount, string close, string stage,
        params (string Stage, string At)[] history)
    {
        b.AddDeal(id, "sales", stage, amount, At(created), At(close), owner, null);
        foreach (var (entered, at) in history)
            b.AddStageEntry(id, entered, At(at));
    }

    /// <summary>A contact created a week before its MQL signal (a lead then), touched or not.</summary>
    private static void Contact(MetricsInputBuilder b, string id, string mql, string? touch)
    {
        var signal = At(mql);
        b.AddContact(id, signal.AddDays(-7), "O1", null);
        b.AddLifecycleEntry(id, LifecycleStages.Lead, signal.AddDays(-7));
        b.AddLifecycleEntry(id, LifecycleStages.MarketingQualifiedLead, signal);
        if (touch is not null)
            b.AddActivity(id, At(touch));
    }
}
