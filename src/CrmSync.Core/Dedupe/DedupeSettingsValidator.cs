using PhoneNumbers;

namespace CrmSync.Core.Dedupe;

/// <summary>
/// Checks <see cref="DedupeSettings"/> and names the offending configuration key in every message
/// ("Dedupe:MatchThreshold must be …"). The host wraps it in an options validator run on start.
/// </summary>
public static class DedupeSettingsValidator
{
    public static IReadOnlyList<string> Validate(DedupeSettings settings, string section = DedupeSettings.SectionName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        void Check(bool ok, string key, string rule)
        {
            if (!ok)
            {
                errors.Add($"{section}:{key} {rule}.");
            }
        }

        Check(Enum.IsDefined(settings.Kind), nameof(settings.Kind), "must be Person or Company");
        Check(IsKnownRegion(settings.DefaultRegion), nameof(settings.DefaultRegion), $"must be an ISO 3166 region code such as US or GB (was '{settings.DefaultRegion}')");
        Check(settings.Comparisons.All(Enum.IsDefined), nameof(settings.Comparisons), "contains an unknown comparison");
        Check(settings.BlockingKeys.All(Enum.IsDefined), nameof(settings.BlockingKeys), "contains an unknown blocking key");
        Check(settings.MaxBlockSize >= 2, nameof(settings.MaxBlockSize), "must be at least 2");
        Check(IsProbability(settings.MatchThreshold), nameof(settings.MatchThreshold), "must be between 0 and 1 (exclusive)");
        Check(IsProbability(settings.ReviewThreshold), nameof(settings.ReviewThreshold), "must be between 0 and 1 (exclusive)");
        Check(settings.ReviewThreshold <= settings.MatchThreshold, nameof(settings.ReviewThreshold), "must not exceed MatchThreshold");
        Check(IsProbability(settings.GroupLinkageThreshold), nameof(settings.GroupLinkageThreshold), "must be between 0 and 1 (exclusive)");
        Check(settings.MaxGroupSize >= 2, nameof(settings.MaxGroupSize), "must be at least 2");
        Check(Enum.IsDefined(settings.Survivorship), nameof(settings.Survivorship), "must be MostComplete, Oldest or MostRecentlyActive");
        Check(settings.MaxTermFrequencyBits is >= 0 and <= 20, nameof(settings.MaxTermFrequencyBits), "must be between 0 and 20");
        Check(settings.EmMaxIterations is >= 1 and <= 10_000, nameof(settings.EmMaxIterations), "must be between 1 and 10000");
        Check(settings.EmMaxTrainingPairs >= 1_000, nameof(settings.EmMaxTrainingPairs), "must be at least 1000");
        Check(settings.RandomPairsForU >= 1_000, nameof(settings.RandomPairsForU), "must be at least 1000");
        Check(settings.MaxDegreeOfParallelism >= 0, nameof(settings.MaxDegreeOfParallelism), "must be 0 (all cores) or more");
        for (var i = 0; i < settings.ExtraNicknames.Count; i++)
        {
            Check(settings.ExtraNicknames[i].Contains(':'), $"{nameof(settings.ExtraNicknames)}:{i}", "must read \"formal: variant, variant\"");
        }

        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem when the settings are invalid.</summary>
    public static void EnsureValid(DedupeSettings settings, string section = DedupeSettings.SectionName)
    {
        var errors = Validate(settings, section);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid duplicate-detection settings: " + string.Join(" ", errors), nameof(settings));
        }
    }

    private static bool IsProbability(double value) => value is > 0 and < 1;

    private static bool IsKnownRegion(string? region) =>
        !string.IsNullOrWhiteSpace(region) && PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(region.Trim().ToUpperInvariant());
}
