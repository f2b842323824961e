using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// <c>CrmSync:Connectors:{name}:StageCriteria</c>: entry and exit criteria per pipeline and stage, transition rules,
/// close dates, going dark and time benchmarks (docs/stage-criteria.md). Off by default.
/// </summary>
public sealed class StageCriteriaOptions : IAnalyzerOptions
{
    public const string SectionName = "StageCriteria";

    public bool Enabled { get; set; }

    /// <summary>Apply the catalogue's defaults (metrics.md §10.2) to stages with no configured rule of their own.</summary>
    public bool UseCatalogueDefaults { get; set; } = true;

    /// <summary>Pipeline (id or label, or <c>*</c> for any) → stage (id or label) → its rules.</summary>
    public Dictionary<string, Dictionary<string, StageRuleOptions>> Pipelines { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Object type (contacts, leads) → lifecycle stage (contacts) or lead status (leads) → its rules.</summary>
    public Dictionary<string, Dictionary<string, StageRuleOptions>> Lifecycle { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A forward move past an open stage is a <c>skipped_stage</c> violation.</summary>
    public bool ForbidSkipping { get; set; } = true;

    /// <summary>A move to an earlier open stage is a <c>stage_regression</c> violation (reopening a closed deal is not).</summary>
    public bool ForbidBackward { get; set; } = true;

    /// <summary>Transition rules (skipped, backward, exit criteria) create tasks too; off: they are logged only.</summary>
    public bool TasksForTransitionViolations { get; set; }

    /// <summary>Days without activity after which an open deal goes dark, for stages without their own value.</summary>
    public int GoingDarkDays { get; set; } = 14;

    public BenchmarkOptions Benchmark { get; set; } = new();

    /// <summary>What happens to a violation's open task once the violation clears.</summary>
    public ClearedTaskAction OnClear { get; set; } = ClearedTaskAction.Complete;

    public IReadOnlyList<string> Validate(string sectionPath) => StageCriteriaValidator.Validate(this, sectionPath);
}
