using CrmSync.Core.Metrics;

namespace CrmSync.Core.Tests.Metrics;

public class MetricsOptionsTests
{
    [Fact]
    public void Defaults_AreValid_WithTheV1ToV13Aliases()
    {
        var options = new MetricsOptions();

        Assert.Empty(options.Validate("CrmSync:Metrics"));
        Assert.Equal("V8", options.AliasOf(MetricKeys.NetNew));
        Assert.Equal(VolumeSourceKind.Lifecycle, options.ParsedVolumeSources()[MetricKeys.Mqls].Kind);
    }

    [Fact]
    public void Validate_NamesEveryBadKey()
    {
        var options = new MetricsOptions
        {
            CohortWindowDays = 0,
            GrossMargin = 1.5m,
            HomeCurrency = "dollars",
            SignalStage = "prospect",
        };
        options.VolumeAliases["V5"] = "Opps";
        options.VolumeSources["Mqls"] = "lifecycle:prospect";
        options.ExchangeRates["EUR"] = 0;
        options.Spend["Q1-2025"] = 10;
        options.Spend["2025-02"] = -1;

        var problems = options.Validate("CrmSync:Metrics");

        string[] keys =
        [
            "CrmSync:Metrics:CohortWindowDays", "CrmSync:Metrics:GrossMargin", "CrmSync:Metrics:HomeCurrency", "CrmSync:Metrics:SignalStage",
            "CrmSync:Metrics:VolumeAliases:V5", "CrmSync:Metrics:VolumeSources:Mqls", "CrmSync:Metrics:ExchangeRates:EUR",
            "CrmSync:Metrics:Spend:Q1-2025", "CrmSync:Metrics:Spend:2025-02",
        ];
        foreach (var key in keys)
            Assert.Contains(problems, p => p.StartsWith(key + " ", StringComparison.Ordinal));
        Assert.Equal(keys.Length, problems.Count);
    }

    [Theory]
    [InlineData("2026", "2026-01-01", "2027-01-01")]
    [InlineData("2026-Q2", "2026-04-01", "2026-07-01")]
    [InlineData("2026-05", "2026-05-01", "2026-06-01")]
    [InlineData("2026-12", "2026-12-01", "2027-01-01")]
    public void Period_ParsesYearQuarterMonth(string text, string from, string to)
    {
        var period = MetricsPeriod.Parse(text);

        Assert.Equal((MetricsPeriod.ParseInstant(from), MetricsPeriod.ParseInstant(to), text), (period.From, period.To, period.Label));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q0")]
    [InlineData("26")]
    [InlineData("May 2026")]
    public void Period_RejectsOtherText(string text) =>
        Assert.Contains("is not a period", Assert.Throws<FormatException>(() => MetricsPeriod.Parse(text)).Message);

    [Fact]
    public void VolumeSources_RemapTheFunnel_ToLifecycleOpportunities()
    {
        var options = WorkedExample.Options();
        options.VolumeSources["Leads"] = "lifecycle:lead";
        options.VolumeSources["Opportunities"] = "deal:stage:qualification";

        var metrics = WorkedExample.Engine(options).Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Leads, 3, 0);
        MetricAssert.Value(metrics, MetricKeys.Opportunities, 5, 0); // first entries into qualification in Q1 (D3's implied one too)
        Assert.True(metrics.Contains(MetricKeys.CohortConversion(MetricKeys.Opportunities, MetricKeys.Won)));
    }
}
