using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Jobs;

/// <summary>One row of the dry run's table by rule.</summary>
public sealed record FindingTally(string Rule, int Violations, int WithTask, int Records)
{
    public static IReadOnlyList<FindingTally> Of(IReadOnlyList<Finding> findings) =>
        findings.GroupBy(f => f.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FindingTally(g.Key, g.Count(), g.Count(f => f.AlertKey is not null), g.Select(f => (f.ObjectType, f.RecordId)).Distinct().Count()))
            .ToList();
}
