using System.Collections.Concurrent;
using System.Net;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>
/// The HUBSPOT_DEFINED association type id from a task to the record it is about, read once per connector (one
/// portal) from the labels endpoint: the ids printed in HubSpot's docs (task→contact 204, →company 192, →deal 216) are
/// unverified (hubspot-api.md §8), and a wrong one fails every task create. The guides' path is tried first, the
/// spec's on a 404. Of several HUBSPOT_DEFINED types the unlabelled one (the default association) wins.
/// </summary>
internal sealed class TaskAssociationTypes(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    private const string HubSpotDefined = "HUBSPOT_DEFINED";
    private readonly ConcurrentDictionary<string, int> _resolved = new(StringComparer.Ordinal);

    public async Task<int> ForAsync(string objectType, CancellationToken cancellationToken)
    {
        if (objectType is not (CrmObjectTypes.Contacts or CrmObjectTypes.Companies or CrmObjectTypes.Deals))
            throw new ArgumentException($"Tasks can be associated with contacts, companies or deals, not '{objectType}'.", nameof(objectType));
        if (_resolved.TryGetValue(objectType, out var known))
            return known;

        var labels = await ReadLabelsAsync(objectType, cancellationToken).ConfigureAwait(false);
        var type = labels.Where(l => string.Equals(l.Category, HubSpotDefined, StringComparison.OrdinalIgnoreCase))
            .OrderBy(l => string.IsNullOrEmpty(l.Label) ? 0 : 1)
            .FirstOrDefault()
            ?? throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse,
                $"HubSpot lists no {HubSpotDefined} association type from tasks to {objectType}, so tasks cannot be attached to {objectType}.");
        return _resolved.GetOrAdd(objectType, type.TypeId);
    }

    private async Task<List<HsAssociationLabel>> ReadLabelsAsync(string objectType, CancellationToken cancellationToken)
    {
        var operation = $"read task→{objectType} association labels";
        using var guides = await runner.SendAsync(
            operation, ct => apis.Get().Associations.Labels(TaskCreator.TasksObjectType, objectType, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (guides.IsSuccessful)
            return guides.Content!.Results;
        if (guides.StatusCode != HttpStatusCode.NotFound)
            throw runner.Fail(operation, (Refit.ApiException)guides.Error!);

        using var spec = await runner.SendAsync(
            operation, ct => apis.Get().Associations.LabelsAtSpecPath(TaskCreator.TasksObjectType, objectType, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        return spec.IsSuccessful ? spec.Content!.Results : throw runner.Fail(operation, (Refit.ApiException)spec.Error!);
    }
}
