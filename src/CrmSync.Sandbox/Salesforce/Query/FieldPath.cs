using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// A field reference resolved against the schema: the reference fields to follow ("Account.Owner.") and the final
/// field. Polymorphic references (What, Who) follow the id's key prefix at read time.
/// </summary>
internal sealed class FieldPath
{
    private const string NoColumn = "No such column '{0}' on entity '{1}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";
    private const string NoRelationship = "Didn't understand relationship '{0}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.";

    private FieldPath(IReadOnlyList<FieldDefinition> hops, FieldDefinition field)
    {
        Hops = hops;
        Field = field;
    }

    /// <summary>Reference fields to follow, in order (AccountId, then OwnerId for Account.Owner.Name).</summary>
    public IReadOnlyList<FieldDefinition> Hops { get; }

    public FieldDefinition Field { get; }

    public string Key => string.Concat(Hops.Select(h => h.RelationshipName + ".")) + Field.Name;

    public static FieldPath Resolve(SoqlFieldRef reference, ObjectSchema root, SchemaCatalog catalog)
    {
        var parts = reference.Parts;
        var start = parts.Count > 1 && string.Equals(parts[0], root.Name, StringComparison.OrdinalIgnoreCase) && root.FindRelationship(parts[0]) is null ? 1 : 0;
        IReadOnlyList<ObjectSchema> candidates = [root];
        var hops = new List<FieldDefinition>();
        for (var i = start; i < parts.Count - 1; i++)
        {
            var hop = candidates.Select(s => s.FindRelationship(parts[i])).FirstOrDefault(f => f is not null)
                ?? throw new SoqlException("INVALID_FIELD", string.Format(System.Globalization.CultureInfo.InvariantCulture, NoRelationship, parts[i]), reference.Position);
            hops.Add(hop);
            candidates = hop.Targets.Select(catalog.Find).OfType<ObjectSchema>().ToList();
        }

        var field = candidates.Select(s => s.Find(parts[^1])).FirstOrDefault(f => f is not null)
            ?? throw new SoqlException("INVALID_FIELD", string.Format(System.Globalization.CultureInfo.InvariantCulture, NoColumn, reference.Text, candidates[0].Name), reference.Position);
        return new FieldPath(hops, field);
    }

    public object? Read(OrgStore store, RecordTable table, int number)
    {
        foreach (var hop in Hops)
        {
            if (Follow(store, table.Get(number, hop.Name) as string) is not { } target)
            {
                return null;
            }

            (table, number) = target;
        }

        return table.Schema.Find(Field.Name) is { } field ? table.Get(number, field.Name) : null;
    }

    /// <summary>The record an id points at (any object, by key prefix), or null when it does not exist.</summary>
    public static (RecordTable Table, int Number)? Follow(OrgStore store, string? id)
    {
        if (id is null || store.TableOfId(id) is not { } table)
        {
            return null;
        }

        var number = SalesforceId.NumberOf(id, table.Schema.KeyPrefix);
        return number > 0 && table.Exists((int)number) ? (table, (int)number) : null;
    }
}
