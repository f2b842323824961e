using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Properties;

/// <summary>One object's described fields by name (case-insensitive, as Salesforce treats field names).</summary>
internal sealed class ObjectFields(IEnumerable<SfFieldDescribe> fields)
{
    private readonly Dictionary<string, SfFieldDescribe> _byName = fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _relationships = fields.Where(f => !string.IsNullOrEmpty(f.RelationshipName))
        .Select(f => f.RelationshipName!).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public SfFieldDescribe? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A field, or a relationship path whose first step is a lookup of this object (<c>Account.Name</c>).</summary>
    public bool CanSelect(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? _byName.ContainsKey(name) : _relationships.Contains(name[..dot]);
    }
}
