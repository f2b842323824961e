using CrmSync.Core.Analysis;

namespace CrmSync.Core.StageRules;

/// <summary>
/// Limits for <see cref="StageAgeAnalyzer"/>, bound per connector from <c>CrmSync:Connectors:{name}:StageAge</c>.
/// A deal in an open stage for more whole days than its stage's limit raises <c>stage_age_exceeded</c>.
/// </summary>
public sealed class StageAgeOptions : IAnalyzerOptions
{
    public const string SectionName = "StageAge";

    /// <summary>The largest limit accepted; anything longer is almost certainly a typo (ten years).</summary>
    public const int MaxLimitDays = 3650;

    public bool Enabled { get; set; } = true;

    /// <summary>The fixed fallback of metrics.md §10.3 (<c>StageTimeExceeded</c>: 14 days).</summary>
    public int DefaultLimitDays { get; set; } = 14;

    /// <summary>Stage id (not label) → limit in days; stage ids are matched case-insensitively.</summary>
    public Dictionary<string, int> LimitsByStage { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int LimitFor(string stageId)
    {
        if (LimitsByStage.TryGetValue(stageId, out var limit))
        {
            return limit;
        }

        // A dictionary assigned from code may use an ordinal comparer; configuration keys are case-insensitive.
        foreach (var (id, days) in LimitsByStage)
        {
            if (string.Equals(id, stageId, StringComparison.OrdinalIgnoreCase))
            {
                return days;
            }
        }

        return DefaultLimitDays;
    }

    /// <summary>Every problem, each naming its configuration key under <paramref name="sectionPath"/>.</summary>
    /// <param name="sectionPath">e.g. <c>CrmSync:Connectors:hubspot-main:StageAge</c>.</param>
    public IReadOnlyList<string> Validate(string sectionPath)
    {
        var problems = new List<string>();
        if (!IsValidLimit(DefaultLimitDays))
        {
            problems.Add($"{sectionPath}:DefaultLimitDays must be between 1 and {MaxLimitDays} days (was {DefaultLimitDays}).");
        }

        if (LimitsByStage is null)
        {
            problems.Add($"{sectionPath}:LimitsByStage must not be null.");
            return problems;
        }

        foreach (var (stageId, days) in LimitsByStage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(stageId))
            {
                problems.Add($"{sectionPath}:LimitsByStage has an empty stage id.");
            }
            else if (!IsValidLimit(days))
            {
                problems.Add($"{sectionPath}:LimitsByStage:{stageId} must be between 1 and {MaxLimitDays} days (was {days}).");
            }
        }

        return problems;
    }

    internal StageAgeOptions Snapshot() => new()
    {
        Enabled = Enabled,
        DefaultLimitDays = DefaultLimitDays,
        LimitsByStage = new Dictionary<string, int>(LimitsByStage, StringComparer.OrdinalIgnoreCase),
    };

    private static bool IsValidLimit(int days) => days is >= 1 and <= MaxLimitDays;
}
