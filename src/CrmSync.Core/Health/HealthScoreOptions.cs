using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Renewals;

namespace CrmSync.Core.Health;

/// <summary>
/// <c>CrmSync:Connectors:{name}:HealthScore</c>: the weighted 0–100 health score of customer companies, its reasons,
/// and the alert when it drops below <see cref="AlertBelow"/> (docs/renewals-and-health.md). Off by default.
/// </summary>
public sealed class HealthScoreOptions : CustomerScopeOptions, IAnalyzerOptions
{
    public const string SectionName = "HealthScore";

    public HealthWeights Weights { get; set; } = new();

    /// <summary>A score below this alerts the company's owner, once per drop; the task is completed when it recovers.</summary>
    public int AlertBelow { get; set; } = 50;

    /// <summary>Days without activity that cost nothing; the activity penalty grows linearly after them.</summary>
    public int ActivityGraceDays { get; set; } = 14;

    /// <summary>Days without activity that cost the full activity weight.</summary>
    public int ActivityFullDays { get; set; } = 60;

    /// <summary>The usage figure at or above which usage costs nothing (required when <c>Weights:Usage</c> is above 0).</summary>
    public decimal? UsageHealthyAt { get; set; }

    public IReadOnlyList<string> Validate(string sectionPath)
    {
        var problems = new List<string>();
        ValidateScope(problems, sectionPath);
        var weights = (Weights ?? new HealthWeights()).All().ToList();
        foreach (var (name, weight) in weights)
            OptionRange.Check(problems, $"{sectionPath}:Weights:{name}", weight, 0, 100);
        if (weights.Sum(w => w.Weight) != 100)
        {
            problems.Add($"{sectionPath}:Weights must add up to 100 (was {weights.Sum(w => w.Weight)}: " +
                string.Join(", ", weights.Select(w => $"{w.Name} {w.Weight}")) + ").");
        }

        OptionRange.Check(problems, $"{sectionPath}:AlertBelow", AlertBelow, 1, 100);
        OptionRange.Check(problems, $"{sectionPath}:ActivityGraceDays", ActivityGraceDays, 0, 3650);
        if (ActivityFullDays <= ActivityGraceDays || ActivityFullDays > 3650)
            problems.Add($"{sectionPath}:ActivityFullDays must be above ActivityGraceDays ({ActivityGraceDays}) and at most 3650 (was {ActivityFullDays}).");
        if (Weights?.Usage > 0 && UsageHealthyAt is not > 0)
        {
            problems.Add($"{sectionPath}:UsageHealthyAt must be a number above 0 when {sectionPath}:Weights:Usage is set (was " +
                $"{UsageHealthyAt?.ToString(CultureInfo.InvariantCulture) ?? "empty"}).");
        }

        return problems;
    }
}
