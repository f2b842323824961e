namespace CrmSync.Core.Dedupe;

/// <summary>
/// One record to deduplicate: an id unique within the run and field values keyed by <see cref="FieldRole"/> name
/// ("FirstName", "Email", …). Keys that are not roles are ignored; missing and blank values mean "unknown".
/// </summary>
public sealed record DedupeRecord(string Id, IReadOnlyDictionary<string, string?> Fields)
{
    public static DedupeRecord Create(string id, params ReadOnlySpan<(FieldRole Role, string? Value)> fields)
    {
        var values = new RoleValues();
        foreach (var (role, value) in fields)
        {
            values[role] = value;
        }

        return new DedupeRecord(id, values);
    }

    /// <summary>Reads every role of the record in one pass over its fields (keys compared case-insensitively).</summary>
    public string?[] ReadRoles()
    {
        var roles = new string?[FieldRoles.Count];
        if (Fields is RoleValues compact)
        {
            foreach (var role in FieldRoles.All)
            {
                roles[(int)role] = compact[role];
            }

            return roles;
        }

        foreach (var (key, value) in Fields)
        {
            if (!string.IsNullOrWhiteSpace(value) && FieldRoles.TryParse(key, out var role))
            {
                roles[(int)role] = value;
            }
        }

        return roles;
    }

    public string? Get(FieldRole role) => ReadRoles()[(int)role];
}
