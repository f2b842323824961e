using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>
/// Finds tasks by the alert key they carry: <c>POST /crm/v3/objects/tasks/search</c> with <c>crmsync_alert_key IN
/// (…)</c>, paged, as many keys a query as keep the body under search's 3,000 characters (at most 100). Search is eventually consistent (hubspot-api.md §4): a task created a moment ago
/// may be missing, which is why callers only ask for keys older than <see cref="HubSpotConnectorOptions.IndexLag"/>.
/// </summary>
internal sealed class TaskFinder(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner, TaskAlertKeyProperty alertKey)
{
    private const int KeysPerQuery = 100;

    // HubSpot refuses search bodies over 3,000 characters; the rest of the body (filter, sort, properties, paging) takes
    // about 250, so the keys get what is left with a margin.
    private const int KeyCharactersPerQuery = 2_400;
    private static readonly string[] Properties = [TaskAlertKeyProperty.Name, "hs_task_status"];

    public async Task<IReadOnlyList<FoundTask>> FindAsync(IReadOnlyList<string> alertKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertKeys);
        var keys = alertKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
            return [];
        await alertKey.EnsureAsync(cancellationToken).ConfigureAwait(false);

        var found = new List<FoundTask>();
        foreach (var chunk in Chunks(keys))
        {
            var asked = chunk.ToHashSet(StringComparer.Ordinal);
            string? after = "0";
            while (after is not null)
            {
                var request = Request(chunk, after);
                var page = await runner.ReadAsync(
                    "search tasks by alert key", ct => apis.Get().Objects.Search(context.ObjectsPrefix, TaskCreator.TasksObjectType, request, ct), cancellationToken)
                    .ConfigureAwait(false);
                foreach (var task in page.Results)
                {
                    // Search matches tokens; only an exact key is ours.
                    if (task.Properties?.GetValueOrDefault(TaskAlertKeyProperty.Name) is { } key && asked.Contains(key))
                        found.Add(new FoundTask(key, task.Id, TaskStateReader.StateOf(task), task.CreatedAt));
                }

                after = page.Results.Count == 0 ? null : page.Paging?.Next?.After;
            }
        }

        return found;
    }

    /// <summary>Consecutive groups of keys whose JSON (quotes, escapes and commas included) fits one search body.</summary>
    internal static IEnumerable<string[]> Chunks(IReadOnlyList<string> keys)
    {
        var chunk = new List<string>();
        var characters = 0;
        foreach (var key in keys)
        {
            var size = System.Text.Json.JsonSerializer.Serialize(key).Length + 1;
            if (chunk.Count > 0 && (chunk.Count == KeysPerQuery || characters + size > KeyCharactersPerQuery))
            {
                yield return [.. chunk];
                chunk.Clear();
                characters = 0;
            }

            chunk.Add(key);
            characters += size;
        }

        if (chunk.Count > 0)
            yield return [.. chunk];
    }

    private HsSearchRequest Request(IReadOnlyList<string> keys, string after) => new()
    {
        FilterGroups = [new HsFilterGroup { Filters = [new HsFilter { PropertyName = TaskAlertKeyProperty.Name, Operator = "IN", Values = keys }] }],
        Sorts = [new HsSort { PropertyName = "hs_object_id", Direction = "ASCENDING" }],
        Properties = Properties,
        Limit = context.Tuning.SearchPageSize,
        After = after,
    };
}
