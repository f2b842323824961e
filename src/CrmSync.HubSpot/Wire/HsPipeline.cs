namespace CrmSync.HubSpot.Wire;

internal sealed class HsPipeline
{
    public string Id { get; init; } = "";
    public string? Label { get; init; }
    public int DisplayOrder { get; init; }
    public bool Archived { get; init; }
    public List<HsPipelineStage> Stages { get; init; } = [];
}
