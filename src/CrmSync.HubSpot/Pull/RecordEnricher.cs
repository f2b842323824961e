using CrmSync.Core.Records;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Completes what a page's first call left out: search results (ids only) get their records through batch read and
/// their associations through v4; list results whose embedded association list was cut short get the rest through v4.
/// </summary>
internal sealed class RecordEnricher(AssociationReader associations, BatchRecordReader batch)
{
    /// <summary>Search page: batch-reads the records (and history), then every requested association type of them.</summary>
    public async Task<PageRecords> ReadSearchPageAsync(
        string objectType, IReadOnlyList<string> ids, PullPropertySet properties, CancellationToken cancellationToken)
    {
        var (results, missing) = await batch.ReadAsync(objectType, ids, properties, cancellationToken).ConfigureAwait(false);
        var found = results.Select(r => r.Id).ToArray();
        var byType = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var type in properties.Associations)
            byType[type] = await associations.ReadAsync(objectType, type, found, cancellationToken).ConfigureAwait(false);

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

            records.Add(record);
        }

        return new PageRecords(records, MergedIds.Gone(results, missing));
    }

    /// <summary>List page: maps the records, re-reading through v4 the association lists that say they have more pages.</summary>
    public async Task<PageRecords> CompleteListPageAsync(
        string objectType, List<HsObject> results, PullPropertySet properties, CancellationToken cancellationToken)
    {
        var records = new List<CrmRecord>(results.Count);
        foreach (var result in results)
            records.Add(RecordMapper.Map(properties.Map, result, archived: false, properties.Associations));

        var linked = await CompleteAssociationsAsync(objectType, results, records.Select(r => r.Associations).ToArray(), properties, cancellationToken)
            .ConfigureAwait(false);
        for (var i = 0; i < records.Count; i++)
        {
            if (!ReferenceEquals(linked[i], records[i].Associations))
                records[i] = records[i] with { Associations = linked[i] };
        }

        return new PageRecords(records, MergedIds.Gone(results));
    }

    /// <summary>Association refresh page (list results carrying ids and associations only): each record's associations.</summary>
    public async Task<List<Core.Connectors.RecordAssociations>> ReadListedAssociationsAsync(
        string objectType, List<HsObject> results, PullPropertySet properties, CancellationToken cancellationToken)
    {
        var embedded = results.Select(r => RecordMapper.MapAssociations(r.Associations, properties.Associations)).ToArray();
        var linked = await CompleteAssociationsAsync(objectType, results, embedded, properties, cancellationToken).ConfigureAwait(false);
        return results.Select((r, i) => new Core.Connectors.RecordAssociations(r.Id, linked[i])).ToList();
    }

    /// <summary>Replaces, per association type, the lists HubSpot cut short (paging.next set) by the full v4 read.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>[]> CompleteAssociationsAsync(
        string objectType, List<HsObject> results, IReadOnlyDictionary<string, IReadOnlyList<string>>[] linked,
        PullPropertySet properties, CancellationToken cancellationToken)
    {
        foreach (var type in properties.Associations)
        {
            var truncated = results
                .Where(r => r.Associations?.GetValueOrDefault(type)?.Paging?.Next is not null)
                .Select(r => r.Id)
                .ToArray();
            if (truncated.Length == 0)
                continue;

            var full = await associations.ReadAsync(objectType, type, truncated, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < results.Count; i++)
            {
                if (full.TryGetValue(results[i].Id, out var ids))
                    linked[i] = new Dictionary<string, IReadOnlyList<string>>(linked[i], StringComparer.Ordinal) { [type] = ids };
            }
        }

        return linked;
    }
}
