using CrmSync.Core.Records;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// The compiled rules of every stage: configured ones by pipeline (id, label or <c>*</c>) and stage (id or label),
/// else the catalogue's defaults when enabled. Built once per analyzer from validated options.
/// </summary>
internal sealed class StageRuleBook(StageCriteriaOptions options)
{
    private readonly Dictionary<StageRuleOptions, CompiledStageRules> _compiled = new(ReferenceEqualityComparer.Instance);

    public CompiledStageRules? ForDeal(CrmPipeline pipeline, PipelineStage stage)
    {
        var configured = Find(options.Pipelines, pipeline.Id, pipeline.Label, stage.Id, stage.Label);
        var rules = configured ?? (options.UseCatalogueDefaults ? CatalogueDefaults.ForDealStage(stage) : null);
        return rules is null ? null : Compile(rules);
    }

    public CompiledStageRules? ForLifecycle(string objectType, string stage)
    {
        var configured = options.Lifecycle.TryGetValue(objectType, out var stages) ? Lookup(stages, stage, stage) : null;
        var rules = configured ?? (options.UseCatalogueDefaults ? CatalogueDefaults.ForLifecycle(objectType, stage) : null);
        return rules is null ? null : Compile(rules);
    }

    private CompiledStageRules Compile(StageRuleOptions rules)
    {
        if (_compiled.TryGetValue(rules, out var compiled))
            return compiled;
        var problems = new List<string>();
        compiled = new CompiledStageRules(
            rules.Entry.Select((c, i) => CriterionCompiler.Compile(c, $"Entry:{i}", problems)).OfType<Criterion>().ToList(),
            rules.Exit.Select((c, i) => CriterionCompiler.Compile(c, $"Exit:{i}", problems)).OfType<Criterion>().ToList(),
            rules.BenchmarkDays,
            rules.GoingDarkDays ?? options.GoingDarkDays);
        _compiled[rules] = compiled;
        return compiled;
    }

    private static StageRuleOptions? Find(
        Dictionary<string, Dictionary<string, StageRuleOptions>> pipelines, string pipelineId, string pipelineLabel, string stageId, string stageLabel) =>
        (Get(pipelines, pipelineId) is { } own ? Lookup(own, stageId, stageLabel) : null)
        ?? (Get(pipelines, pipelineLabel) is { } byLabel ? Lookup(byLabel, stageId, stageLabel) : null)
        ?? (Get(pipelines, "*") is { } any ? Lookup(any, stageId, stageLabel) : null);

    private static Dictionary<string, StageRuleOptions>? Get(Dictionary<string, Dictionary<string, StageRuleOptions>> map, string key) =>
        map.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static StageRuleOptions? Lookup(Dictionary<string, StageRuleOptions> stages, string id, string label) =>
        stages.FirstOrDefault(p => string.Equals(p.Key, id, StringComparison.OrdinalIgnoreCase)).Value
        ?? stages.FirstOrDefault(p => string.Equals(p.Key, label, StringComparison.OrdinalIgnoreCase)).Value;
}
