using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Full records for many ids through objects batch/read: every pulled property, and the history properties' values
/// over time when asked (HubSpot takes 100 ids a call, 50 with propertiesWithHistory). Search answers ids only, so
/// this is where an incremental pull gets its records; the body has no 3,000-character limit, unlike search's.
/// </summary>
internal sealed class BatchRecordReader(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    /// <returns>
    /// The records, each once, and the ids asked for that did not come back under their own id: deleted (a 207 error
    /// names them) or merged away (HubSpot answers the surviving record, under its id, instead).
    /// </returns>
    public async Task<(List<HsObject> Records, List<string> Missing)> ReadAsync(
        string objectType, IReadOnlyList<string> ids, PullPropertySet properties, CancellationToken cancellationToken)
    {
        var records = new List<HsObject>(ids.Count);
        var returned = new HashSet<string>(ids.Count, StringComparer.Ordinal);
        var operation = $"batch read {objectType}";
        var size = properties.HistoryProperties.Count > 0 ? context.Tuning.HistoryBatchSize : context.Tuning.BatchSize;
        foreach (var chunk in ids.Chunk(size))
        {
            var request = new HsBatchReadRequest
            {
                Inputs = chunk.Select(id => new HsIdInput { Id = id }).ToList(),
                Properties = properties.Properties,
                PropertiesWithHistory = properties.HistoryProperties,
            };
            using var response = await runner.SendAsync(
                operation, ct => apis.Get().Objects.BatchRead(context.ObjectsPrefix, objectType, request, ct), retryBodyFaults: true, cancellationToken)
                .ConfigureAwait(false);
            if (!response.IsSuccessful)
                throw runner.Fail(operation, (Refit.ApiException)response.Error!);

            // Two merged ids of one page answer the same survivor: it is kept once.
            foreach (var item in response.Content!.Results)
            {
                if (returned.Add(item.Id))
                    records.Add(item);
            }
        }

        return (records, ids.Where(id => !returned.Contains(id)).ToList());
    }
}
