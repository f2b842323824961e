using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Turns one page of query rows into canonical records: the stage history of opportunities (OpportunityHistory) and
/// the associations asked for (lookups on the row itself, contact roles and child lookups by extra queries, one set of
/// queries per page), then <see cref="RecordMapper"/>.
/// </summary>
internal sealed class PageEnricher(ChildRowReader children, ContactRoleReader roles)
{
    private static readonly string[] HistoryFields = ["Id", "OpportunityId", "StageName", "CreatedDate"];

    public async Task<List<CrmRecord>> MapAsync(PullFieldSet fields, IReadOnlyList<SfRecord> rows, bool consecutive, CancellationToken cancellationToken)
    {
        var parents = new ParentIds(rows.Select(r => r.Id).ToList(), consecutive);
        var history = fields.NeedsStageHistory
            ? (await children.ReadAsync("OpportunityHistory", "OpportunityId", HistoryFields, "OpportunityId, CreatedDate, Id", parents, cancellationToken).ConfigureAwait(false))
                .ToLookup(r => r.Get("OpportunityId")!, StringComparer.Ordinal)
            : null;
        var associations = new Dictionary<string, ILookup<string, string>>(StringComparer.Ordinal);
        foreach (var type in fields.Associations)
            associations[type] = await AssociatedAsync(fields.Map.ObjectType, type, parents, rows, cancellationToken).ConfigureAwait(false);

        var records = new List<CrmRecord>(rows.Count);
        foreach (var row in rows)
        {
            var extra = new Dictionary<string, string?>(StringComparer.Ordinal);
            IReadOnlyList<PropertyHistoryEntry>? transitions = null;
            if (history is not null)
            {
                transitions = StageHistory.Transitions(history[row.Id]);
                StageHistory.AddEntryDates(transitions, row.Get("StageName"), fields.StageKeys, extra);
            }

            fields.Configured.AddDealFields(row, extra);
            var record = RecordMapper.Map(fields.Map, row, extra);
            records.Add(record with
            {
                History = fields.WantsStageHistory && transitions is not null
                    ? new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>> { [CanonicalFields.Stage] = transitions }
                    : fields.Configured.BuildsLifecycleHistory
                    ? new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>> { [CanonicalFields.LifecycleStage] = fields.Configured.LifecycleHistory(row) }
                    : record.History,
                Associations = associations.Count == 0 ? record.Associations
                    : associations.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value[row.Id].Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            });
        }

        return records;
    }

    /// <summary>Associated ids by record id: from a lookup on the row, or from the child object that links the two.</summary>
    private async Task<ILookup<string, string>> AssociatedAsync(
        string objectType, string type, ParentIds parents, IReadOnlyList<SfRecord> rows, CancellationToken cancellationToken)
    {
        static ILookup<string, string> FromRows(IEnumerable<SfRecord> source, string key, string value) =>
            source.Where(r => r.Get(key) is not null && r.Get(value) is not null).ToLookup(r => r.Get(key)!, r => r.Get(value)!, StringComparer.Ordinal);

        if (ContactRoleReader.ParentField(objectType, type) is { } roleParent)
            return await roles.LinkedAsync(roleParent, parents, cancellationToken).ConfigureAwait(false);
        switch (objectType, type)
        {
            case (CrmObjectTypes.Contacts or CrmObjectTypes.Deals, CrmObjectTypes.Companies):
                return FromRows(rows, "Id", "AccountId");
            case (CrmObjectTypes.Leads, _):
                return FromRows(rows, "Id", type switch
                {
                    CrmObjectTypes.Contacts => "ConvertedContactId",
                    CrmObjectTypes.Companies => "ConvertedAccountId",
                    _ => "ConvertedOpportunityId",
                });
            default:
                var child = type == CrmObjectTypes.Contacts ? "Contact" : "Opportunity";
                return FromRows(await children.ReadAsync(child, "AccountId", ["Id", "AccountId"], "AccountId, Id", parents, cancellationToken).ConfigureAwait(false),
                    "AccountId", "Id");
        }
    }
}
