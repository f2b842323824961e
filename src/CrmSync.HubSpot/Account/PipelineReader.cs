using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Account;

/// <summary>
/// Pipelines and stages as HubSpot lists them (archived stages included: deals can still sit in them). Stage metadata
/// (isClosed, probability) arrives as strings.
/// </summary>
internal sealed class PipelineReader(HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task<IReadOnlyList<CrmPipeline>> ReadAsync(string objectType, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        var list = await runner.ReadAsync($"list {objectType} pipelines", ct => apis.Get().Account.ListPipelines(objectType, ct), cancellationToken)
            .ConfigureAwait(false);
        return list.Results
            .OrderBy(p => p.DisplayOrder)
            .Select(p => new CrmPipeline(objectType, p.Id, p.Label ?? p.Id, p.Stages
                .OrderBy(s => s.DisplayOrder)
                .Select(MapStage)
                .ToArray()))
            .ToArray();
    }

    private static PipelineStage MapStage(HsPipelineStage stage)
    {
        var metadata = stage.Metadata;
        var isClosed = string.Equals(metadata?.GetValueOrDefault("isClosed"), "true", StringComparison.OrdinalIgnoreCase);
        double? probability = double.TryParse(metadata?.GetValueOrDefault("probability"), NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
            ? p
            : null;
        return new PipelineStage(stage.Id, stage.Label ?? stage.Id, stage.DisplayOrder, isClosed, probability);
    }
}
