using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Writes;

/// <summary>
/// Keeps a batch HubSpot rejects as a whole from holding back its good records: the ids the error names are failed
/// and the rest is sent again; an error naming none splits the batch in halves, recursively, until each refused
/// record is alone and fails with HubSpot's own message. One bad record among 100 costs about 14 extra calls; a batch
/// where every record is refused costs at most 2n − 1. Failed records are retried by the next run, alone.
/// </summary>
internal sealed class BatchSplitter(
    HubSpotConnectorContext context,
    string objectType,
    Func<IReadOnlyList<HsUpdateInput>, CancellationToken, Task<BatchRejection?>> send,
    BatchTally tally)
{
    public async Task WriteAsync(IReadOnlyList<HsUpdateInput> inputs, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0 || await send(inputs, cancellationToken).ConfigureAwait(false) is not { } rejection)
            return;

        var ids = inputs.Select(i => i.Id).ToArray();
        if (inputs.Count == 1)
        {
            BatchOutcomeReader.ReadRejected(ids, rejection.Status, rejection.Error, tally.Failed);
            return;
        }

        var named = rejection.Error is null ? [] : HubSpotErrorReader.Ids(rejection.Error).Intersect(ids, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (named.Count > 0 && named.Count < ids.Length)
        {
            BatchOutcomeReader.ReadRejected([.. named], rejection.Status, rejection.Error, tally.Failed);
            HubSpotLog.BatchSplit(context.Logger, context.Name, inputs.Count, objectType, named.Count);
            await WriteAsync(inputs.Where(i => !named.Contains(i.Id)).ToList(), cancellationToken).ConfigureAwait(false);
            return;
        }

        var half = inputs.Count / 2;
        HubSpotLog.BatchSplit(context.Logger, context.Name, inputs.Count, objectType, 0);
        await WriteAsync(inputs.Take(half).ToList(), cancellationToken).ConfigureAwait(false);
        await WriteAsync(inputs.Skip(half).ToList(), cancellationToken).ConfigureAwait(false);
    }
}
