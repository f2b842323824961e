using CrmSync.Core.Analysis;

namespace CrmSync.Core.Metrics;

/// <summary>
/// A tenant's metric configuration, bound per connector from <c>CrmSync:Connectors:{name}:Metrics</c> (and from
/// <c>CrmSync:Metrics</c> for <c>crmsync metrics --input</c>). Defaults follow metrics.md; spend and margin have none
/// (the CRM does not hold them), so CAC and LTV are null with <c>MissingInput</c> until they are configured.
/// </summary>
public sealed class MetricsOptions : IAnalyzerOptions
{
    public const string SectionName = "Metrics";

    public bool Enabled { get; set; } = true;

    public BusinessModel BusinessModel { get; set; } = BusinessModel.Subscription;

    /// <summary>Component key → display alias (V1–V13 by default, metrics.md §1.3).</summary>
    public Dictionary<string, string> VolumeAliases { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sessions"] = "V1", ["Leads"] = "V2", ["Mqls"] = "V3", ["Sqls"] = "V4", ["Opportunities"] = "V5", ["Won"] = "V6",
        ["Starting"] = "V7", ["NetNew"] = "V8", ["CrossSell"] = "V9", ["Upgrade"] = "V10", ["Downgrade"] = "V11",
        ["Churn"] = "V12", ["Ending"] = "V13",
    };

    /// <summary>
    /// The stage → volume mapping: volume (<c>Leads</c>, <c>Mqls</c>, <c>Sqls</c>, <c>Opportunities</c>, <c>Won</c>) →
    /// source (<see cref="VolumeSource"/>). Keyed by volume because configuration keys cannot hold colons.
    /// </summary>
    public Dictionary<string, string> VolumeSources { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Leads"] = VolumeSource.ContactCreatedText,
        ["Mqls"] = "lifecycle:" + LifecycleStages.MarketingQualifiedLead,
        ["Sqls"] = "lifecycle:" + LifecycleStages.SalesQualifiedLead,
        ["Opportunities"] = VolumeSource.DealCreatedText,
        ["Won"] = VolumeSource.DealWonText,
    };

    /// <summary>Cross-sell added to upgrade (one expansion line).</summary>
    public bool FoldCrossSellIntoUpgrade { get; set; }

    /// <summary>ISO 4217 code every amount is reported in.</summary>
    public string HomeCurrency { get; set; } = "USD";

    /// <summary>Fixed rates: currency → home-currency units per unit (e.g. EUR: 1.10 with USD at home).</summary>
    public Dictionary<string, decimal> ExchangeRates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gross margin 0..1 for CAC payback and LTV; none by default (those metrics are then MissingInput).</summary>
    public decimal? GrossMargin { get; set; }

    /// <summary>Sales and marketing spend per period (<c>2026-Q1</c>, <c>2026-03</c>, <c>2026</c>) in the home currency.</summary>
    public Dictionary<string, decimal> Spend { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public NewCustomerBasis NewCustomerBasis { get; set; } = NewCustomerBasis.WonDeals;

    /// <summary>Where the MRR series comes from when the input is a connector's stored records.</summary>
    public RevenueSource RevenueSource { get; set; } = RevenueSource.RecurringAmount;

    /// <summary>Months a won deal's revenue is live from its close date (the contract term), for <see cref="RevenueSource"/>.</summary>
    public int ContractMonths { get; set; } = 12;

    /// <summary>Months a deal amount covers (12: amounts are annual contract values) for new-customer ARPA.</summary>
    public int DealAmountMonths { get; set; } = 12;

    /// <summary>Cohort conversion window W in days, for every transition without its own.</summary>
    public int CohortWindowDays { get; set; } = 30;

    /// <summary>W per transition, keyed by the stage (or volume) converted from.</summary>
    public Dictionary<string, int> CohortWindowDaysByStage { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Smallest sample a ratio or statistic is reported on (metrics.md §0, default 1).</summary>
    public int MinSampleForRatios { get; set; } = 1;

    /// <summary>Smallest sample of a benchmark (time in stage percentiles), default 10.</summary>
    public int MinSampleForBenchmarks { get; set; } = 10;

    /// <summary>Time-in-stage benchmarks from won and lost deals (default: won deals only).</summary>
    public bool BenchmarksIncludeLost { get; set; }

    /// <summary>The lifecycle stage whose first entry is the signal of signal-to-action latency.</summary>
    public string SignalStage { get; set; } = LifecycleStages.MarketingQualifiedLead;

    public int SlaMinutes { get; set; } = 60;

    /// <summary>Longest customer lifetime LTV assumes when churn is near 0.</summary>
    public int LifetimeCapMonths { get; set; } = 60;

    /// <summary>Trailing months pooled into the monthly revenue churn of LTV.</summary>
    public int ChurnLookbackMonths { get; set; } = 12;

    /// <summary>Consumption model: months averaged into the trailing usage revenue.</summary>
    public int UsageSmoothingMonths { get; set; } = 3;

    public IReadOnlyList<string> Validate(string sectionPath) => MetricsOptionsValidator.Validate(this, sectionPath);

    /// <summary>The cohort window of a transition from <paramref name="fromKey"/>.</summary>
    public int WindowFor(string fromKey) =>
        CohortWindowDaysByStage.FirstOrDefault(p => string.Equals(p.Key, fromKey, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? found.Value
            : CohortWindowDays;

    /// <summary>The parsed source of each mappable volume (validated options only).</summary>
    public IReadOnlyDictionary<string, VolumeSource> ParsedVolumeSources() =>
        MetricKeys.MappableVolumes
            .Select(v => (Volume: v, Source: VolumeSources.FirstOrDefault(p => string.Equals(p.Key, v, StringComparison.OrdinalIgnoreCase)).Value))
            .Where(p => p.Source is not null)
            .ToDictionary(p => p.Volume, p => VolumeSource.TryParse(p.Source)!, StringComparer.Ordinal);

    /// <summary>An amount in the home currency at the fixed rate; blank or home currency as it is.</summary>
    /// <exception cref="Input.MetricsInputException">No rate is configured for the currency.</exception>
    public decimal ToHome(decimal amount, string? currency) =>
        TryToHome(amount, currency)
        ?? throw new Input.MetricsInputException($"currency '{currency}' has no rate to {HomeCurrency}; set CrmSync:Metrics:ExchangeRates:{currency!.Trim().ToUpperInvariant()}.");

    /// <summary>An amount in the home currency at the fixed rate; null when no rate is configured for the currency.</summary>
    public decimal? TryToHome(decimal amount, string? currency)
    {
        if (string.IsNullOrWhiteSpace(currency) || string.Equals(currency.Trim(), HomeCurrency, StringComparison.OrdinalIgnoreCase))
            return amount;
        foreach (var (code, rate) in ExchangeRates)
        {
            if (string.Equals(code, currency.Trim(), StringComparison.OrdinalIgnoreCase))
                return amount * rate;
        }

        return null;
    }

    /// <summary>The display alias of a component key, or the key itself.</summary>
    public string AliasOf(string key) =>
        VolumeAliases.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } alias ? alias : key;
}
