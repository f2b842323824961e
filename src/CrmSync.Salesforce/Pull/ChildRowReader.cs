using CrmSync.Salesforce.Wire;
using static CrmSync.Salesforce.Soql.Soql;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Reads the rows of a child object (OpportunityHistory, OpportunityContactRole, Contact by AccountId, …) whose
/// parent field points at a page's records. Consecutive ids take one range query (<c>field &gt;= first AND field &lt;=
/// last</c>); scattered ids go in IN lists cut so that each query URL stays under <c>MaxQueryUrlLength</c>
/// (Salesforce's URI limit is about 16,000 characters; Kestrel-based fakes allow 8 KB). Rows whose parent is not in
/// the page are dropped.
/// </summary>
internal sealed class ChildRowReader(SalesforceConnectorContext context, QueryPager pager)
{
    public async Task<List<SfRecord>> ReadAsync(
        string sObject, string parentField, IReadOnlyList<string> fields, string orderBy, ParentIds parents, CancellationToken cancellationToken)
    {
        var rows = new List<SfRecord>();
        if (parents.Ids.Count == 0)
            return rows;
        var select = $"SELECT {string.Join(", ", fields.Select(Identifier))} FROM {Identifier(sObject)} WHERE ";
        var order = $" ORDER BY {orderBy}";
        foreach (var condition in Conditions(Identifier(parentField), parents, select.Length + order.Length))
        {
            await foreach (var page in pager.RunAsync(select + condition + order, includeDeleted: false, sObject, cancellationToken).ConfigureAwait(false))
                rows.AddRange(page.Records.Where(r => r.Get(parentField) is { } parent && parents.Set.Contains(parent)));
        }

        return rows;
    }

    private IEnumerable<string> Conditions(string field, ParentIds parents, int fixedLength)
    {
        if (parents.Consecutive && parents.Ids.Count > 1)
        {
            var sorted = parents.Ids.Order(StringComparer.Ordinal).ToList();
            yield return $"{field} >= {Id(sorted[0])} AND {field} <= {Id(sorted[^1])}";
            yield break;
        }

        var budget = Math.Max(100, context.Tuning.MaxQueryUrlLength - (fixedLength * 2) - 200);
        foreach (var list in Soql.InLists.Split(parents.Ids.Select(Id), budget))
            yield return $"{field} IN {list}";
    }
}
