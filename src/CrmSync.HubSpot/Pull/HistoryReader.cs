using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>Property history for many records through objects batch/read with propertiesWithHistory.</summary>
internal sealed class HistoryReader(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task<Dictionary<string, Dictionary<string, List<HsHistoryEntry>>>> ReadAsync(
        string objectType, IReadOnlyList<string> ids, IReadOnlyList<string> historyProperties, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Dictionary<string, List<HsHistoryEntry>>>(ids.Count, StringComparer.Ordinal);
        var operation = $"batch read {objectType} history";
        foreach (var chunk in ids.Chunk(context.Tuning.HistoryBatchSize))
        {
            var request = new HsBatchReadRequest
            {
                Inputs = chunk.Select(id => new HsIdInput { Id = id }).ToList(),
                Properties = historyProperties,
                PropertiesWithHistory = historyProperties,
            };
            using var response = await runner.SendAsync(
                operation, ct => apis.Get().Objects.BatchRead(context.ObjectsPrefix, objectType, request, ct), retryBodyFaults: true, cancellationToken)
                .ConfigureAwait(false);
            if (!response.IsSuccessful)
                throw runner.Fail(operation, (Refit.ApiException)response.Error!);

            // A 207 lists ids deleted since the search: they simply get no history.
            foreach (var item in response.Content!.Results)
            {
                if (item.PropertiesWithHistory is { } history)
                    result[item.Id] = history;
            }
        }

        return result;
    }
}
