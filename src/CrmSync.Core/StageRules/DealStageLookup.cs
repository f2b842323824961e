using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageRules;

/// <summary>Finds a deal's current stage definition in the connector's deal pipelines.</summary>
internal sealed class DealStageLookup(IReadOnlyList<CrmPipeline> pipelines)
{
    private readonly IReadOnlyList<CrmPipeline> _dealPipelines =
        pipelines.Where(p => p.ObjectType == CrmObjectTypes.Deals).ToList();

    /// <summary>The stage in the deal's own pipeline; else the first deal pipeline that has the stage id.</summary>
    public (CrmPipeline Pipeline, PipelineStage Stage)? Find(CrmRecord deal, string stageId)
    {
        var pipelineId = deal.Get(CanonicalFields.Pipeline);
        var own = _dealPipelines.FirstOrDefault(p => p.Id == pipelineId);
        if (own?.FindStage(stageId) is { } ownStage)
        {
            return (own, ownStage);
        }

        foreach (var pipeline in _dealPipelines)
        {
            if (pipeline.FindStage(stageId) is { } stage)
            {
                return (pipeline, stage);
            }
        }

        return null;
    }
}
