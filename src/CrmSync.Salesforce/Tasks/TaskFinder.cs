using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Properties;
using CrmSync.Salesforce.Pull;
using CrmSync.Salesforce.Wire;
using static CrmSync.Salesforce.Soql.Soql;

namespace CrmSync.Salesforce.Tasks;

/// <summary>
/// Tasks by the alert key they carry, through SOQL (<c>CrmSync_Alert_Key__c IN (…)</c>, every key escaped, cut into
/// lists that keep each URL short). SOQL reads the database, not a search index, so a task is found as soon as its
/// create committed: the connector's SearchIndexLag is zero. Text compares case-insensitively in SOQL; only exact
/// keys are kept.
/// </summary>
internal sealed class TaskFinder(SalesforceConnectorContext context, QueryPager pager, FieldEnsurer fields)
{
    private const string Select = $"SELECT Id, {TaskFields.AlertKey}, Status, IsClosed, CreatedDate FROM Task WHERE {TaskFields.AlertKey} IN ";

    public async Task<IReadOnlyList<FoundTask>> FindAsync(IReadOnlyList<string> alertKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertKeys);
        var keys = alertKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
            return [];
        await fields.EnsureRequirementsAsync([TaskFields.Requirement], cancellationToken).ConfigureAwait(false);

        var asked = keys.ToHashSet(StringComparer.Ordinal);
        var found = new List<FoundTask>();
        var budget = context.Tuning.MaxQueryUrlLength - (Select.Length * 2) - 100;
        foreach (var list in Soql.InLists.Split(keys.Select(Quote), budget))
        {
            await foreach (var page in pager.RunAsync(Select + list + " ORDER BY Id", includeDeleted: false, "Task", cancellationToken).ConfigureAwait(false))
            {
                foreach (var task in page.Records)
                {
                    if (task.Get(TaskFields.AlertKey) is { } key && asked.Contains(key))
                        found.Add(new FoundTask(key, task.Id, TaskFields.StateOf(task), SalesforceDates.Parse(task.Get("CreatedDate")) ?? DateTimeOffset.MinValue));
                }
            }
        }

        return found;
    }
}
