using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Mapping;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Writes;

/// <summary>
/// Writes property values through batch/update, 100 records a call. Keys are computed keys, written as
/// <c>crmsync_{key}</c>; a canonical field is refused (CrmSync never writes what the user or HubSpot owns). A null
/// value is sent as "" (HubSpot's way to clear a property). Per-record failures come back in the outcome; only
/// job-stopping failures throw. A batch HubSpot rejects as a whole (a 400 for one invalid value, or on some portals
/// one deleted id) is split until the records it refuses are alone, so the others are written
/// (<see cref="BatchSplitter"/>).
/// </summary>
internal sealed class BatchUpdater(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task<WriteOutcome> UpdateAsync(string objectType, IReadOnlyList<RecordUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        ArgumentNullException.ThrowIfNull(updates);
        var map = HubSpotFieldMaps.For(objectType);
        if (updates.Count == 0)
            return WriteOutcome.Empty;

        var tally = new BatchTally(updates.Count);
        var splitter = new BatchSplitter(context, objectType, (inputs, ct) => SendAsync(objectType, inputs, tally, ct), tally);
        foreach (var chunk in Merge(map, updates).Chunk(context.Tuning.BatchSize))
            await splitter.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);

        return tally.ToOutcome();
    }

    /// <summary>One call; returns the rejection (status and error) when HubSpot refused the whole batch, else null.</summary>
    private async Task<BatchRejection?> SendAsync(string objectType, IReadOnlyList<HsUpdateInput> inputs, BatchTally tally, CancellationToken cancellationToken)
    {
        var request = new HsBatchUpdateRequest { Inputs = [.. inputs] };
        tally.Calls++;
        using var response = await runner.SendAsync(
            $"batch update {objectType}", ct => apis.Get().Objects.BatchUpdate(context.ObjectsPrefix, objectType, request, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (response.IsSuccessful)
        {
            BatchOutcomeReader.ReadPartial(inputs.Select(i => i.Id).ToArray(), response.Content!, tally.Succeeded, tally.Failed, tally.Aliases);
            return null;
        }

        var status = (int)(response.StatusCode ?? 0);
        var error = HubSpotErrorReader.Read((response.Error as Refit.ApiException)?.Content);
        HubSpotLog.BatchRejected(context.Logger, context.Name, inputs.Count, objectType, status, error?.Category, error?.CorrelationId);
        return new BatchRejection(status, error);
    }

    /// <summary>
    /// HubSpot rejects a batch naming one id twice, so updates of the same record merge (later values win). Runs in
    /// full before the first call, so a bad key fails the whole update before anything is written. Each input carries
    /// its id as objectWriteTraceId, so its result maps back to it whatever id HubSpot answers with.
    /// </summary>
    private static List<HsUpdateInput> Merge(HubSpotFieldMap map, IReadOnlyList<RecordUpdate> updates)
    {
        var byId = new Dictionary<string, Dictionary<string, string>>(updates.Count, StringComparer.Ordinal);
        foreach (var update in updates)
        {
            if (string.IsNullOrWhiteSpace(update.RecordId))
                throw new ArgumentException("A record update has an empty record id.", nameof(updates));
            if (!byId.TryGetValue(update.RecordId, out var values))
                byId[update.RecordId] = values = new Dictionary<string, string>(update.Values.Count, StringComparer.Ordinal);
            foreach (var (property, value) in update.Values)
                values[map.ToWritableNative(property)] = value ?? "";
        }

        return byId.Select(kv => new HsUpdateInput { Id = kv.Key, Properties = kv.Value, ObjectWriteTraceId = kv.Key }).ToList();
    }
}
