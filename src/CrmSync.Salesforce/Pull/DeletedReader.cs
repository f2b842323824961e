using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Logging;
using CrmSync.Salesforce.Mapping;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// getDeleted over an incremental window (salesforce-api.md §4.3): ids deleted since the window's start, including
/// those already purged from the Recycle Bin, which queryAll no longer returns. It reaches 15 days back at most; an
/// older window, or one that starts before <c>earliestDateAvailable</c>, may miss deletions, which the next full
/// reconcile finds (it archives every id it did not see).
/// </summary>
internal sealed class DeletedReader(SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner)
{
    public async Task<IReadOnlyList<string>> ReadAsync(SalesforceObjectMap map, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        if (end - start > context.Tuning.DeletedWindow)
        {
            SalesforceLog.DeletionsMayBeMissed(context.Logger, context.Name, map.ObjectType, end - context.Tuning.DeletedWindow);
            return [];
        }

        // getDeleted answers in whole minutes: a window shorter than one still covers its minute.
        if (end - start < TimeSpan.FromMinutes(1))
            start = end - TimeSpan.FromMinutes(1);
        var result = await runner.ReadAsync($"getDeleted {map.SObject}",
            ct => apis.Data.GetDeleted(context.Version, map.SObject, SalesforceDates.Literal(start), SalesforceDates.Literal(end), context, ct), cancellationToken)
            .ConfigureAwait(false);
        if (SalesforceDates.Parse(result.EarliestDateAvailable) is { } earliest && earliest > start)
            SalesforceLog.DeletionsMayBeMissed(context.Logger, context.Name, map.ObjectType, earliest);
        return result.DeletedRecords.Select(r => r.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
