using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>Runs a SOQL query against the store: resolve, filter (live rows, or all rows for queryAll), sort, offset, limit.</summary>
internal static class QueryEngine
{
    private const string NoType = "sObject type '{0}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.";

    public static QueryResult Run(OrgStore store, string soql, bool includeDeleted)
    {
        var query = SoqlParser.Parse(soql);
        var table = store.Table(query.ObjectName)
            ?? throw new SoqlException("INVALID_TYPE", string.Format(System.Globalization.CultureInfo.InvariantCulture, NoType, query.ObjectName), query.ObjectPosition);
        var select = SelectNode.Build(query.Fields.Select(f => (FieldPath.Resolve(f, table.Schema, store.Schemas), f)));
        var compiler = new SoqlCompiler(store, table);
        var where = query.Where is null ? null : compiler.Compile(query.Where);
        var orders = query.OrderBy.Select(o => (Order: o, Path: FieldPath.Resolve(o.Field, table.Schema, store.Schemas))).ToList();
        var skipDeleted = !includeDeleted && table.Schema.HasIsDeleted;

        var matches = new List<int>();
        foreach (var number in table.Numbers())
        {
            if ((!skipDeleted || !table.IsDeleted(number)) && (where is null || where(number)))
            {
                matches.Add(number);
            }
        }

        IEnumerable<int> ordered = matches;
        if (orders.Count > 0)
        {
            // Sort keys read once per record, then a stable sort of positions (ties keep id order, as Salesforce's do).
            var keys = matches.Select(n => orders.Select(o => o.Path.Read(store, table, n)).ToArray()).ToArray();
            ordered = Enumerable.Range(0, matches.Count).Order(Comparer<int>.Create((a, b) =>
            {
                for (var i = 0; i < orders.Count; i++)
                {
                    var result = ValueComparer.CompareForOrder(keys[a][i], keys[b][i], orders[i].Order, orders[i].Path.Field.Type);
                    if (result != 0)
                    {
                        return result;
                    }
                }

                return a.CompareTo(b);
            })).Select(position => matches[position]);
        }

        var numbers = ordered.Skip(query.Offset ?? 0).Take(query.Limit ?? int.MaxValue).ToArray();
        return new QueryResult(table, numbers, select, query.CountOnly);
    }
}
