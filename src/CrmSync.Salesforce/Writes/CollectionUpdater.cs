using System.Text.Json.Nodes;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Logging;
using CrmSync.Salesforce.Mapping;
using CrmSync.Salesforce.Properties;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Writes;

/// <summary>
/// Writes computed values through sObject Collections (<c>PATCH /composite/sobjects</c>, 200 records a call,
/// <c>allOrNone: false</c>; salesforce-api.md §8.2). Salesforce answers 200 with one result per record in request
/// order, so results map back by index. <c>UNABLE_TO_LOCK_ROW</c> is transient (another save holds the record or its
/// parent): those records are sent again, alone, with back-off, <c>LockRetries</c> times. Every other refusal
/// (validation rule, <c>DUPLICATES_DETECTED</c>, deleted record, …) is returned as a <see cref="RecordWriteError"/>
/// with Salesforce's code and message: the record is not saved as written, so the next run tries it again.
/// </summary>
internal sealed class CollectionUpdater(SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner, FieldCatalog catalog)
{
    private const string LockCode = "UNABLE_TO_LOCK_ROW";

    public async Task<WriteOutcome> UpdateAsync(string objectType, IReadOnlyList<RecordUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        ArgumentNullException.ThrowIfNull(updates);
        var map = SalesforceObjectMaps.For(objectType);
        var merged = Merge(map, updates);
        if (merged.Count == 0)
            return WriteOutcome.Empty;

        var fields = await catalog.GetAsync(map.SObject, cancellationToken).ConfigureAwait(false);
        var succeeded = new List<string>();
        var failed = new List<RecordWriteError>();
        var calls = 0;
        var pending = new List<(string Id, JsonObject Body)>();
        foreach (var (id, values) in merged)
        {
            if (Body(map, id, values, fields, out var error) is { } body)
                pending.Add((id, body));
            else
                failed.Add(error!);
        }

        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var locked = new List<(string Id, JsonObject Body)>();
            foreach (var chunk in pending.Chunk(context.Tuning.CollectionSize))
            {
                calls++;
                await SendAsync(map, chunk, succeeded, failed, locked, attempt < context.Options.LockRetries, cancellationToken).ConfigureAwait(false);
            }

            pending = locked;
            if (pending.Count > 0)
            {
                var delay = context.Tuning.LockRetryDelay * Math.Pow(2, attempt) * (0.75 + (0.5 * Random.Shared.NextDouble()));
                SalesforceLog.RetryingLocked(context.Logger, context.Name, pending.Count, objectType, delay.TotalMilliseconds, attempt + 1);
                await Task.Delay(delay, context.Time, cancellationToken).ConfigureAwait(false);
            }
        }

        return new WriteOutcome(succeeded, failed, calls);
    }

    private async Task SendAsync(
        SalesforceObjectMap map, (string Id, JsonObject Body)[] chunk, List<string> succeeded, List<RecordWriteError> failed,
        List<(string Id, JsonObject Body)> locked, bool retryLocked, CancellationToken cancellationToken)
    {
        var request = new SfCollectionRequest { AllOrNone = false, Records = chunk.Select(c => c.Body.DeepClone().AsObject()).ToList() };
        var operation = $"update {chunk.Length} {map.SObject}";
        using var response = await runner.SendAsync(operation, ct => apis.Data.UpdateCollection(context.Version, request, context, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
        {
            // A malformed request (400) fails as a whole: every record carries Salesforce's answer and is retried next run.
            var errors = SalesforceErrorReader.Read((response.Error as Refit.ApiException)?.Content);
            var code = errors.FirstOrDefault()?.Code ?? $"HTTP_{(int?)response.StatusCode ?? 0}";
            var message = SalesforceFailureMapper.RejectionMessage(operation, response.StatusCode ?? 0, errors);
            failed.AddRange(chunk.Select(c => new RecordWriteError(c.Id, code, message)));
            return;
        }

        var results = response.Content!;
        for (var i = 0; i < chunk.Length; i++)
        {
            var (id, body) = chunk[i];
            var result = i < results.Count ? results[i] : null;
            if (result is { Success: true })
                succeeded.Add(id);
            else if (result is null)
                failed.Add(new RecordWriteError(id, "UNCONFIRMED", "Salesforce's collection answer had no result for this record."));
            else if (retryLocked && result.Errors.Any(e => e.Code == LockCode))
                locked.Add((id, body));
            else
                failed.Add(Error(id, result.Errors));
        }
    }

    private static RecordWriteError Error(string id, IReadOnlyList<SfError> errors)
    {
        var first = errors.FirstOrDefault();
        var fields = first?.Fields is { Count: > 0 } f ? $" (fields: {string.Join(", ", f)})" : "";
        return new RecordWriteError(id, first?.Code ?? "UNKNOWN_ERROR", SalesforceErrorReader.Truncate((first?.Message ?? "Salesforce did not save the record.") + fields));
    }

    /// <summary>
    /// Updates of the same record merge (later values win), and every key maps before the first call, so a bad key fails
    /// the whole update before anything is written.
    /// </summary>
    private static Dictionary<string, Dictionary<string, string?>> Merge(SalesforceObjectMap map, IReadOnlyList<RecordUpdate> updates)
    {
        var byId = new Dictionary<string, Dictionary<string, string?>>(updates.Count, StringComparer.Ordinal);
        foreach (var update in updates)
        {
            if (string.IsNullOrWhiteSpace(update.RecordId))
                throw new ArgumentException("A record update has an empty record id.", nameof(updates));
            if (!byId.TryGetValue(update.RecordId, out var values))
                byId[update.RecordId] = values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (property, value) in update.Values)
                values[map.ToWritableNative(property)] = value;
        }

        return byId;
    }

    private static JsonObject? Body(SalesforceObjectMap map, string id, Dictionary<string, string?> values, ObjectFields fields, out RecordWriteError? error)
    {
        error = null;
        var body = new JsonObject { ["attributes"] = new JsonObject { ["type"] = map.SObject }, ["id"] = id };
        foreach (var (field, value) in values)
        {
            if (!WriteValueConverter.TryConvert(value, fields.Find(field), out var node))
            {
                error = new RecordWriteError(id, "INVALID_VALUE", $"'{value}' does not fit {map.SObject}.{field} ({fields.Find(field)?.Type}); nothing was sent for this record.");
                return null;
            }

            body[field] = node;
        }

        return body;
    }
}
