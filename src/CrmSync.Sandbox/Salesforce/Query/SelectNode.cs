using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// The SELECT list as a tree: leaves are fields, inner nodes are parent relationships rendered as nested objects
/// with their own attributes, at the position of their first mention (Id, Account{Name, Owner{Name}}, Name).
/// </summary>
internal sealed class SelectNode(string name, FieldDefinition? field, FieldDefinition? relationship)
{
    public string Name { get; } = name;

    /// <summary>Set on leaves.</summary>
    public FieldDefinition? Field { get; } = field;

    /// <summary>Set on relationship nodes: the reference field that is followed.</summary>
    public FieldDefinition? Relationship { get; } = relationship;

    public List<SelectNode> Children { get; } = [];

    public static List<SelectNode> Build(IEnumerable<(FieldPath Path, SoqlFieldRef Written)> paths)
    {
        var root = new SelectNode("", null, null);
        foreach (var (path, written) in paths)
        {
            var node = root;
            foreach (var hop in path.Hops)
            {
                var child = node.Children.FirstOrDefault(c => c.Relationship?.Name == hop.Name);
                if (child is null)
                {
                    child = new SelectNode(hop.RelationshipName!, null, hop);
                    node.Children.Add(child);
                }

                node = child;
            }

            if (node.Children.Any(c => c.Field?.Name == path.Field.Name))
            {
                throw new SoqlException("INVALID_FIELD", $"duplicate field selected: {written.Text}", written.Position);
            }

            node.Children.Add(new SelectNode(path.Field.Name, path.Field, null));
        }

        return root.Children;
    }
}
