using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// One comparison of the Fellegi–Sunter model. <see cref="Compare"/> returns a level: 0 when either record lacks
/// the value (weight 0), 1 for the strongest agreement, increasing for weaker ones, and the last level for
/// disagreement. Comparisons are stateless and thread-safe.
/// </summary>
internal abstract class FieldComparison
{
    public const int MissingLevel = 0;

    protected FieldComparison(ComparisonKind kind, string name, params string[] agreementLevels)
    {
        Kind = kind;
        Name = name;
        LevelLabels = ["missing", .. agreementLevels, "different"];
    }

    public ComparisonKind Kind { get; }

    /// <summary>Human-readable field name used in reasons ("first name").</summary>
    public string Name { get; }

    /// <summary>Labels by level: "missing", the agreement levels, "different".</summary>
    public IReadOnlyList<string> LevelLabels { get; }

    public int LevelCount => LevelLabels.Count;

    public int DifferentLevel => LevelCount - 1;

    /// <summary>The column whose value frequencies adjust agreement (by default the exact level), if any.</summary>
    public virtual FeatureColumn? FrequencyColumn => null;

    /// <summary>Whether agreement at <paramref name="level"/> is adjusted by the value's frequency.</summary>
    public virtual bool IsFrequencyAdjusted(int level) => level == 1;

    /// <summary>The column whose value frequencies adjust <paramref name="level"/>, if any (by default <see cref="FrequencyColumn"/> where <see cref="IsFrequencyAdjusted"/>).</summary>
    public virtual FeatureColumn? FrequencyColumnAt(int level) => IsFrequencyAdjusted(level) ? FrequencyColumn : null;

    /// <summary>The column that must be filled in enough records for the comparison to take part.</summary>
    public abstract FeatureColumn PresenceColumn { get; }

    /// <summary>The comparison takes part when any of these columns is filled in enough records.</summary>
    public virtual IReadOnlyList<FeatureColumn> PresenceColumns => [PresenceColumn];

    public abstract int Compare(RecordFeatures features, int a, int b);

    protected static bool BothPresent(FeatureSlot column, int a, int b) => column[a] >= 0 && column[b] >= 0;
}
