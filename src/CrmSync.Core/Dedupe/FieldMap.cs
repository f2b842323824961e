using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Dedupe;

/// <summary>
/// Maps CRM properties (or CSV columns) to <see cref="FieldRole"/>s. Several properties may feed one role; the
/// first non-empty one in map order wins (phone before mobile phone). Property names compare
/// case-insensitively.
/// </summary>
public sealed class FieldMap
{
    private readonly List<KeyValuePair<string, FieldRole>> _entries;

    public FieldMap(IEnumerable<KeyValuePair<string, FieldRole>> entries)
    {
        _entries = entries.ToList();
        var duplicate = _entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Property '{duplicate.Key}' is mapped more than once.", nameof(entries));
        }
    }

    /// <summary>Canonical contact fields (<see cref="CanonicalFields"/>).</summary>
    public static FieldMap Contacts { get; } = Of(
        (CanonicalFields.FirstName, FieldRole.FirstName), (CanonicalFields.LastName, FieldRole.LastName),
        (CanonicalFields.Email, FieldRole.Email), (CanonicalFields.Phone, FieldRole.Phone), (CanonicalFields.MobilePhone, FieldRole.Phone),
        (CanonicalFields.CompanyName, FieldRole.CompanyName), (CanonicalFields.Website, FieldRole.Website),
        (CanonicalFields.Address, FieldRole.Address), (CanonicalFields.City, FieldRole.City), (CanonicalFields.Postcode, FieldRole.Postcode),
        (CanonicalFields.State, FieldRole.State), (CanonicalFields.Country, FieldRole.Country),
        (CanonicalFields.DateOfBirth, FieldRole.DateOfBirth), (CanonicalFields.CreatedAt, FieldRole.CreatedAt),
        (CanonicalFields.LastActivityAt, FieldRole.LastActivityAt), (CanonicalFields.ModifiedAt, FieldRole.LastActivityAt));

    /// <summary>Canonical company fields.</summary>
    public static FieldMap Companies { get; } = Of(
        (CanonicalFields.Name, FieldRole.CompanyName), (CanonicalFields.Domain, FieldRole.Website), (CanonicalFields.Website, FieldRole.Website),
        (CanonicalFields.Phone, FieldRole.Phone), (CanonicalFields.Address, FieldRole.Address), (CanonicalFields.Address2, FieldRole.Address2),
        (CanonicalFields.City, FieldRole.City), (CanonicalFields.Postcode, FieldRole.Postcode), (CanonicalFields.State, FieldRole.State),
        (CanonicalFields.Country, FieldRole.Country), (CanonicalFields.CreatedAt, FieldRole.CreatedAt),
        (CanonicalFields.LastActivityAt, FieldRole.LastActivityAt), (CanonicalFields.ModifiedAt, FieldRole.LastActivityAt));

    public IReadOnlyList<KeyValuePair<string, FieldRole>> Entries => _entries;

    /// <summary>The CRM properties to request so every mapped role can be filled.</summary>
    public IReadOnlyList<string> Properties => _entries.Select(e => e.Key).ToList();

    public static FieldMap Of(params (string Property, FieldRole Role)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Property, e.Role)));

    public static FieldMap For(string objectType) => objectType switch
    {
        CrmObjectTypes.Contacts or CrmObjectTypes.Leads => Contacts,
        CrmObjectTypes.Companies => Companies,
        _ => throw new ArgumentException($"No default field map for object type '{objectType}'.", nameof(objectType)),
    };

    /// <summary>A copy with <paramref name="property"/> mapped to <paramref name="role"/> (replacing its old mapping).</summary>
    public FieldMap With(string property, FieldRole role) =>
        new(_entries.Where(e => !e.Key.Equals(property, StringComparison.OrdinalIgnoreCase)).Append(KeyValuePair.Create(property, role)));

    public bool TryGetRole(string property, out FieldRole role)
    {
        foreach (var (key, value) in _entries)
        {
            if (key.Equals(property, StringComparison.OrdinalIgnoreCase))
            {
                role = value;
                return true;
            }
        }

        role = default;
        return false;
    }

    public DedupeRecord ToRecord(string id, IReadOnlyDictionary<string, string?> properties)
    {
        var values = new RoleValues();
        foreach (var (property, role) in _entries)
        {
            if (values[role] is null)
            {
                values[role] = Lookup(properties, property);
            }
        }

        return new DedupeRecord(id, values);
    }

    private static string? Lookup(IReadOnlyDictionary<string, string?> properties, string property)
    {
        if (properties.TryGetValue(property, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in properties)
        {
            if (key.Equals(property, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Maps a stored CRM record; its CreatedAt/UpdatedAt fill the survivorship roles when no property did.</summary>
    public DedupeRecord ToRecord(CrmRecord record)
    {
        var mapped = ToRecord(record.Id, record.Properties);
        var values = (RoleValues)mapped.Fields;
        values[FieldRole.CreatedAt] ??= record.CreatedAt.ToString("O", CultureInfo.InvariantCulture);
        values[FieldRole.LastActivityAt] ??= record.UpdatedAt.ToString("O", CultureInfo.InvariantCulture);
        return mapped;
    }
}
