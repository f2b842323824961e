namespace CrmSync.HubSpot.Wire;

internal sealed class HsPipelineList
{
    public List<HsPipeline> Results { get; init; } = [];
}
