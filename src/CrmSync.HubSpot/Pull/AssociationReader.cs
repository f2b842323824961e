using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>Associated ids for many records through the v4 batch read (100 ids a call, following per-record paging).</summary>
internal sealed class AssociationReader(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task<Dictionary<string, List<string>>> ReadAsync(
        string fromType, string toType, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<string>>(ids.Count, StringComparer.Ordinal);
        var operation = $"read {fromType}→{toType} associations";
        foreach (var chunk in ids.Chunk(context.Tuning.BatchSize))
        {
            var pending = chunk.Select(id => new HsAssociationBatchInput { Id = id }).ToList();
            while (pending.Count > 0)
            {
                var request = new HsAssociationBatchReadRequest { Inputs = pending };
                using var response = await runner.SendAsync(
                    operation, ct => apis.Get().Associations.BatchRead(fromType, toType, request, ct), retryBodyFaults: true, cancellationToken)
                    .ConfigureAwait(false);
                if (!response.IsSuccessful)
                    throw runner.Fail(operation, (Refit.ApiException)response.Error!);

                pending = Collect(response.Content!, result);
            }
        }

        return result;
    }

    /// <summary>Adds this response's targets and returns the inputs whose association list continues on another page.</summary>
    private static List<HsAssociationBatchInput> Collect(HsAssociationBatchResponse response, Dictionary<string, List<string>> result)
    {
        var next = new List<HsAssociationBatchInput>();
        foreach (var item in response.Results)
        {
            if (item.From?.Id is not { Length: > 0 } fromId)
                continue;
            if (!result.TryGetValue(fromId, out var targets))
                result[fromId] = targets = [];
            foreach (var target in item.To)
            {
                if (!targets.Contains(target.ToObjectId))
                    targets.Add(target.ToObjectId);
            }

            if (item.Paging?.Next?.After is { Length: > 0 } after)
                next.Add(new HsAssociationBatchInput { Id = fromId, After = after });
        }

        return next;
    }
}
