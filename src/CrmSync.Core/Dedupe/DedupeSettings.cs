namespace CrmSync.Core.Dedupe;

/// <summary>
/// Duplicate-detection settings, bindable from configuration (section "Dedupe"); the defaults work untouched.
/// Leave <see cref="Comparisons"/> and <see cref="BlockingKeys"/> empty to use the defaults of <see cref="Kind"/>
/// (lists bound from configuration add to a default list instead of replacing it, so defaults are not pre-filled).
/// Thresholds are posterior match probabilities from the model, not scores tuned on labels.
/// </summary>
public sealed class DedupeSettings
{
    public const string SectionName = "Dedupe";

    public RecordKind Kind { get; set; } = RecordKind.Person;

    /// <summary>ISO 3166 region for phone numbers written without a country code.</summary>
    public string DefaultRegion { get; set; } = "US";

    public List<ComparisonKind> Comparisons { get; set; } = [];

    public List<BlockingKeyKind> BlockingKeys { get; set; } = [];

    /// <summary>
    /// Blocks with more records are split by a second key (birth year, city, initials, phone suffix; see the
    /// README) until they fit, rather than exploded into pairs or dropped; a part that never fits is skipped and
    /// reported. Each record then meets at most this many others per blocking key, so comparisons grow linearly.
    /// </summary>
    public int MaxBlockSize { get; set; } = 12;

    /// <summary>Pairs at or above this probability are reported as duplicates and may join groups.</summary>
    public double MatchThreshold { get; set; } = 0.5;

    /// <summary>Pairs at or above this probability but below <see cref="MatchThreshold"/> are listed for review only.</summary>
    public double ReviewThreshold { get; set; } = 0.2;

    /// <summary>Groups merge only while the average probability over all their cross pairs stays at or above this.</summary>
    public double GroupLinkageThreshold { get; set; } = 0.5;

    /// <summary>Groups larger than this are reported as warnings (a sign of chaining or of a junk value).</summary>
    public int MaxGroupSize { get; set; } = 50;

    public SurvivorshipRule Survivorship { get; set; } = SurvivorshipRule.MostComplete;

    /// <summary>Rare agreeing values weigh more than common ones (Splink's term-frequency adjustment).</summary>
    public bool TermFrequencyAdjustments { get; set; } = true;

    /// <summary>Largest term-frequency adjustment, in bits of match weight, either way.</summary>
    public double MaxTermFrequencyBits { get; set; } = 5;

    public int EmMaxIterations { get; set; } = 100;

    /// <summary>Pairs sampled for each EM training run (all candidates, and each blocking pass); larger sets are sampled down to this.</summary>
    public int EmMaxTrainingPairs { get; set; } = 500_000;

    /// <summary>Random record pairs sampled to start the non-match (u) probabilities.</summary>
    public int RandomPairsForU { get; set; } = 500_000;

    /// <summary>Extra free-mail domains ("example.com", or "provider.*" for every country domain).</summary>
    public List<string> ExtraFreeMailDomains { get; set; } = [];

    /// <summary>Extra given-name variant groups, one per entry as "formal: variant, variant".</summary>
    public List<string> ExtraNicknames { get; set; } = [];

    /// <summary>0 = all cores.</summary>
    public int MaxDegreeOfParallelism { get; set; }

    /// <summary>Seed of the random pair samples, so runs on the same data give the same result.</summary>
    public int Seed { get; set; } = 20_240_611;

    public IReadOnlyList<ComparisonKind> EffectiveComparisons() =>
        Comparisons.Count > 0 ? Comparisons.Distinct().ToList() : DedupeDefaults.Comparisons(Kind);

    public IReadOnlyList<BlockingKeyKind> EffectiveBlockingKeys() =>
        BlockingKeys.Count > 0 ? BlockingKeys.Distinct().ToList() : DedupeDefaults.BlockingKeys(Kind);

    public int EffectiveParallelism() => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;
}
