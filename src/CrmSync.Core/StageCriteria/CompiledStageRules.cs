namespace CrmSync.Core.StageCriteria;

/// <summary>One stage's rules, ready to run.</summary>
internal sealed record CompiledStageRules(
    IReadOnlyList<Criterion> Entry,
    IReadOnlyList<Criterion> Exit,
    int? BenchmarkDays,
    int GoingDarkDays);
