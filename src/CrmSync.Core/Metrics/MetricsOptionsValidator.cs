namespace CrmSync.Core.Metrics;

/// <summary>Every problem of a <see cref="MetricsOptions"/>, each naming its full configuration key.</summary>
internal static class MetricsOptionsValidator
{
    private const int MaxDays = 3650;

    public static IReadOnlyList<string> Validate(MetricsOptions o, string path)
    {
        var problems = new List<string>();
        void Range(string key, int value, int min, int max)
        {
            if (value < min || value > max)
                problems.Add($"{path}:{key} must be between {min} and {max} (was {value}).");
        }

        Range(nameof(o.CohortWindowDays), o.CohortWindowDays, 1, MaxDays);
        Range(nameof(o.MinSampleForRatios), o.MinSampleForRatios, 1, 1_000_000);
        Range(nameof(o.MinSampleForBenchmarks), o.MinSampleForBenchmarks, 1, 1_000_000);
        Range(nameof(o.SlaMinutes), o.SlaMinutes, 1, MaxDays * 24 * 60);
        Range(nameof(o.DealAmountMonths), o.DealAmountMonths, 1, 120);
        Range(nameof(o.ContractMonths), o.ContractMonths, 1, 120);
        if (!Enum.IsDefined(o.RevenueSource))
            problems.Add($"{path}:RevenueSource must be RecurringAmount, ContractAmount, CompanyProperty or None.");
        Range(nameof(o.LifetimeCapMonths), o.LifetimeCapMonths, 1, 1200);
        Range(nameof(o.ChurnLookbackMonths), o.ChurnLookbackMonths, 1, 120);
        Range(nameof(o.UsageSmoothingMonths), o.UsageSmoothingMonths, 1, 24);
        if (!Enum.IsDefined(o.BusinessModel))
            problems.Add($"{path}:BusinessModel must be Subscription, OneTime or Consumption.");
        if (o.GrossMargin is { } margin && (margin <= 0 || margin > 1))
            problems.Add($"{path}:GrossMargin must be above 0 and at most 1 (was {margin}).");
        if (!IsCurrency(o.HomeCurrency))
            problems.Add($"{path}:HomeCurrency must be a three-letter ISO 4217 code (was '{o.HomeCurrency}').");
        if (LifecycleStages.IndexOf(o.SignalStage ?? "") < 0)
            problems.Add($"{path}:SignalStage must be one of {string.Join(", ", LifecycleStages.All)} (was '{o.SignalStage}').");

        foreach (var (key, alias) in Sorted(o.VolumeAliases))
        {
            if (!MetricKeys.Components.Contains(key, StringComparer.OrdinalIgnoreCase))
                problems.Add($"{path}:VolumeAliases:{key} is not a component key ({string.Join(", ", MetricKeys.Components)}).");
            else if (string.IsNullOrWhiteSpace(alias))
                problems.Add($"{path}:VolumeAliases:{key} must not be empty.");
        }

        foreach (var (volume, source) in Sorted(o.VolumeSources))
        {
            if (!MetricKeys.MappableVolumes.Contains(volume, StringComparer.OrdinalIgnoreCase))
                problems.Add($"{path}:VolumeSources:{volume} is not a mappable volume ({string.Join(", ", MetricKeys.MappableVolumes)}).");
            else if (VolumeSource.TryParse(source) is null)
                problems.Add($"{path}:VolumeSources:{volume} must be contact:created, lifecycle:<stage>, deal:created, deal:won or deal:stage:<stage id> (was '{source}').");
        }

        foreach (var (currency, rate) in Sorted(o.ExchangeRates))
        {
            if (!IsCurrency(currency) || rate <= 0)
                problems.Add($"{path}:ExchangeRates:{currency} must be a three-letter currency code with a rate above 0 (was {rate}).");
        }

        foreach (var (period, amount) in Sorted(o.Spend))
        {
            if (!IsPeriod(period))
                problems.Add($"{path}:Spend:{period} is not a period (2026, 2026-Q1 or 2026-03).");
            else if (amount < 0)
                problems.Add($"{path}:Spend:{period} must not be negative (was {amount}).");
        }

        foreach (var (stage, days) in Sorted(o.CohortWindowDaysByStage))
            Range($"CohortWindowDaysByStage:{stage}", days, 1, MaxDays);
        return problems;
    }

    private static IEnumerable<KeyValuePair<string, T>> Sorted<T>(Dictionary<string, T>? map) =>
        (map ?? []).OrderBy(p => p.Key, StringComparer.Ordinal);

    private static bool IsCurrency(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetter);

    private static bool IsPeriod(string text)
    {
        try
        {
            MetricsPeriod.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
