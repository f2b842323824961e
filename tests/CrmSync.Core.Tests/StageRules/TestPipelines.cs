using CrmSync.Core.Analysis;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.StageRules;

/// <summary>The pipeline of metrics.md §11.1.</summary>
internal static class TestPipelines
{
    public const string SalesPipelineId = "sales";

    public static CrmPipeline Sales { get; } = new(CrmObjectTypes.Deals, SalesPipelineId, "Sales Pipeline",
    [
        new PipelineStage("discovery", "Discovery", 1, false, 0.1),
        new PipelineStage("qualification", "Qualification", 2, false, 0.2),
        new PipelineStage("proposal", "Proposal", 3, false, 0.5),
        new PipelineStage("negotiation", "Negotiation", 4, false, 0.8),
        new PipelineStage("closedwon", "Closed Won", 5, true, 1.0),
        new PipelineStage("closedlost", "Closed Lost", 6, true, 0.0),
    ]);

    public static AnalysisContext Context(DateTimeOffset now, params CrmRecord[] deals) =>
        Context(now, [Sales], deals);

    public static AnalysisContext Context(DateTimeOffset now, IReadOnlyList<CrmPipeline> pipelines, params CrmRecord[] deals) =>
        new("crm-test", now,
            new Dictionary<string, IReadOnlyList<CrmRecord>> { [CrmObjectTypes.Deals] = deals },
            pipelines, [new CrmOwner("O1", "o1@example.com", "Olga", "One"), new CrmOwner("O2", "o2@example.com", "Otto", "Two")]);
}
