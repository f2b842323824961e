using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Writes;

/// <summary>Maps one batch response back to its inputs: which ids were written and why the others were not.</summary>
internal static class BatchOutcomeReader
{
    /// <summary>
    /// 200 or 207: errors name their ids in context.ids; an input neither in results nor in an error is unconfirmed.
    /// A result maps back to its input by objectWriteTraceId (the input's id), so a result answered under another id
    /// (the survivor of a merge, for a merged-away id) is that input's success and an alias, not an unknown result.
    /// </summary>
    public static void ReadPartial(
        IReadOnlyList<string> inputIds, HsBatchResponse response, List<string> succeeded, List<RecordWriteError> failed,
        Dictionary<string, string> aliases)
    {
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        HsError? unattributed = null;
        foreach (var error in response.Errors ?? [])
        {
            var ids = HubSpotErrorReader.Ids(error);
            if (ids.Count == 0)
                unattributed ??= error;
            foreach (var id in ids)
            {
                if (failedIds.Add(id))
                    failed.Add(new RecordWriteError(id, HubSpotErrorReader.Code(error, 207), Message(error)));
            }
        }

        var inputs = inputIds.ToHashSet(StringComparer.Ordinal);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in response.Results)
        {
            var inputId = result.ObjectWriteTraceId is { } trace && inputs.Contains(trace) ? trace : result.Id;
            if (!inputs.Contains(inputId) || !returned.Add(inputId))
                continue;
            if (result.Id != inputId && !string.IsNullOrEmpty(result.Id))
                aliases[inputId] = result.Id;
        }

        var hasErrors = (response.Errors?.Count ?? 0) > 0 || response.NumErrors > 0;
        foreach (var id in inputIds)
        {
            if (failedIds.Contains(id))
                continue;
            if (!hasErrors || returned.Contains(id))
                succeeded.Add(id);
            else if (unattributed is not null)
                failed.Add(new RecordWriteError(id, HubSpotErrorReader.Code(unattributed, 207), Message(unattributed)));
            else
                failed.Add(new RecordWriteError(id, "UNCONFIRMED", "HubSpot's partial batch response neither returned nor rejected this record."));
        }
    }

    /// <summary>A rejected batch (400 and similar): every input failed with the batch's error.</summary>
    public static void ReadRejected(IReadOnlyList<string> inputIds, int statusCode, HsError? error, List<RecordWriteError> failed)
    {
        var code = HubSpotErrorReader.Code(error, statusCode);
        var message = error is null ? $"HubSpot rejected the batch with HTTP {statusCode}." : Message(error);
        foreach (var id in inputIds)
            failed.Add(new RecordWriteError(id, code, message));
    }

    private static string Message(HsError error)
    {
        var text = error.Errors?.FirstOrDefault(e => !string.IsNullOrEmpty(e.Message))?.Message ?? error.Message ?? error.Category ?? "unknown error";
        return error.CorrelationId is { Length: > 0 } id ? $"{text} (correlationId {id})" : text;
    }
}
