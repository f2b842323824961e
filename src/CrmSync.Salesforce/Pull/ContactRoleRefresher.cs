using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Logging;
using static CrmSync.Salesforce.Soql.Soql;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Association-only changes in an incremental pull. A contact role added, edited or deleted moves the role's own
/// SystemModstamp but not the opportunity's or the contact's, so the window's records alone would miss it until the
/// full reconcile. The roles changed in the window (queryAll, so deleted ones count) name the opportunities (or
/// contacts) concerned; their current roles are read and reported as <see cref="PulledPage.Associations"/> on pages
/// without records, which the caller applies to the stored records, keeping everything else of them.
/// </summary>
internal sealed class ContactRoleRefresher(SalesforceConnectorContext context, QueryPager pager, ContactRoleReader roles)
{
    /// <summary>Parents whose roles are read per page (one IN-list query or a few, cut by URL length).</summary>
    private const int ParentsPerPage = 500;

    /// <param name="from">The window's start (since minus the lookback), as for the records themselves.</param>
    /// <param name="checkpoint">The cursor the pages carry: a crash here resumes the window, and the refresh runs again.</param>
    public async IAsyncEnumerable<PulledPage> PullAsync(PullFieldSet fields, DateTimeOffset from, string checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var objectType = fields.Map.ObjectType;
        foreach (var associated in fields.Associations)
        {
            if (ContactRoleReader.ParentField(objectType, associated) is not { } parentField)
                continue;
            var soql = $"SELECT Id, {Identifier(parentField)} FROM {ContactRoleReader.SObject} WHERE SystemModstamp > {DateTime(from)} ORDER BY SystemModstamp, Id";
            var changed = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var page in pager.RunAsync(soql, includeDeleted: true, ContactRoleReader.SObject, cancellationToken).ConfigureAwait(false))
                changed.AddRange(page.Records.Select(r => r.Get(parentField)).OfType<string>().Where(seen.Add));

            foreach (var chunk in changed.Chunk(ParentsPerPage))
            {
                var linked = await roles.LinkedAsync(parentField, new ParentIds(chunk, Consecutive: false), cancellationToken).ConfigureAwait(false);
                var associations = chunk
                    .Select(id => new RecordAssociations(id, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                    {
                        [associated] = linked[id].Distinct(StringComparer.Ordinal).ToArray(),
                    }))
                    .ToList();
                SalesforceLog.PulledPage(context.Logger, context.Name, associations.Count, objectType, "contact roles", 0);
                yield return new PulledPage([], checkpoint) { Associations = associations };
            }
        }
    }
}
