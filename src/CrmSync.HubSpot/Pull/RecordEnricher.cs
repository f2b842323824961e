using CrmSync.Core.Records;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Completes records that came without associations or history: search results (which never carry either) and list
/// results whose embedded association list was cut short.
/// </summary>
internal sealed class RecordEnricher(AssociationReader associations, HistoryReader history)
{
    /// <summary>Search page: batch-reads every requested association type and the history properties for all ids.</summary>
    public async Task<List<CrmRecord>> EnrichSearchPageAsync(
        string objectType, List<HsObject> results, PullPropertySet properties, CancellationToken cancellationToken)
    {
        var ids = results.Select(r => r.Id).ToArray();
        var byType = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var type in properties.Associations)
            byType[type] = await associations.ReadAsync(objectType, type, ids, cancellationToken).ConfigureAwait(false);

        var histories = properties.HistoryProperties.Count > 0
            ? await history.ReadAsync(objectType, ids, properties.HistoryProperties, cancellationToken).ConfigureAwait(false)
            : null;

        var records = new List<CrmRecord>(results.Count);
        foreach (var result in results)
        {
            var record = RecordMapper.Map(properties.Map, result, archived: false, []);
            if (byType.Count > 0)
            {
                var linked = new Dictionary<string, IReadOnlyList<string>>(byType.Count, StringComparer.Ordinal);
                foreach (var (type, map) in byType)
                    linked[type] = map.TryGetValue(result.Id, out var targets) ? targets : [];
                record = record with { Associations = linked };
            }

            if (histories is not null && histories.TryGetValue(result.Id, out var entries))
                record = record with { History = RecordMapper.MapHistory(properties.Map, entries) };
            records.Add(record);
        }

        return records;
    }

    /// <summary>List page: re-reads through v4 the association types whose embedded list says it has more pages.</summary>
    public async Task<List<CrmRecord>> CompleteListPageAsync(
        string objectType, List<HsObject> results, PullPropertySet properties, CancellationToken cancellationToken)
    {
        var records = new List<CrmRecord>(results.Count);
        foreach (var result in results)
            records.Add(RecordMapper.Map(properties.Map, result, archived: false, properties.Associations));

        foreach (var type in properties.Associations)
        {
            var truncated = results
                .Where(r => r.Associations?.GetValueOrDefault(type)?.Paging?.Next is not null)
                .Select(r => r.Id)
                .ToArray();
            if (truncated.Length == 0)
                continue;

            var full = await associations.ReadAsync(objectType, type, truncated, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < records.Count; i++)
            {
                if (!full.TryGetValue(records[i].Id, out var ids))
                    continue;
                var linked = new Dictionary<string, IReadOnlyList<string>>(records[i].Associations, StringComparer.Ordinal) { [type] = ids };
                records[i] = records[i] with { Associations = linked };
            }
        }

        return records;
    }
}
