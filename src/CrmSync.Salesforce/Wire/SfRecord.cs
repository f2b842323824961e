namespace CrmSync.Salesforce.Wire;

/// <summary>
/// One row of a query answer: its sObject type (from <c>attributes</c>) and its fields as text. Parent relationship
/// objects are flattened to dotted names (<c>Account.Name</c>); numbers keep their JSON text, booleans are
/// "true"/"false", datetimes are ISO 8601 with a colon in the offset.
/// </summary>
internal sealed class SfRecord
{
    public string? Type { get; set; }

    public Dictionary<string, string?> Fields { get; } = new(StringComparer.Ordinal);

    public string Id => Get("Id") ?? "";

    public string? Get(string field) => Fields.TryGetValue(field, out var value) ? value : null;

    public bool IsTrue(string field) => string.Equals(Get(field), "true", StringComparison.OrdinalIgnoreCase);
}
