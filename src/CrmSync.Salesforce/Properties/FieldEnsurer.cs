using System.Collections.Concurrent;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Mapping;

namespace CrmSync.Salesforce.Properties;

/// <summary>
/// Checks with describe that every custom field CrmSync writes exists, is updateable for the integration user and
/// has a fitting type. The REST API cannot create fields (that takes the Metadata or Tooling API, which CrmSync does
/// not use), so a missing field stops the write-back with one message listing every field to create, its type, and
/// the access the permission set must grant. What was found is remembered for the connector's lifetime; a failed
/// check is not, so the next run describes again once an admin has created the fields.
/// </summary>
internal sealed class FieldEnsurer(SalesforceConnectorContext context, FieldCatalog catalog)
{
    private readonly ConcurrentDictionary<(string SObject, string Field), bool> _ensured = new();

    public Task EnsureAsync(IReadOnlyList<ComputedPropertyDefinition> definitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var required = definitions.Select(d =>
        {
            ArgumentNullException.ThrowIfNull(d);
            var map = SalesforceObjectMaps.For(d.ObjectType);
            return new CustomFieldRequirement(map.SObject, map.ToWritableNative(d.Name), d.Type, d.Label);
        }).ToList();
        return EnsureRequirementsAsync(required, cancellationToken);
    }

    public async Task EnsureRequirementsAsync(IReadOnlyList<CustomFieldRequirement> required, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var group in required.Where(r => !_ensured.ContainsKey((r.SObject, r.Field))).GroupBy(r => r.SObject, StringComparer.Ordinal))
        {
            catalog.Forget(group.Key);
            var fields = await catalog.GetAsync(group.Key, cancellationToken).ConfigureAwait(false);
            foreach (var requirement in group.DistinctBy(r => r.Field))
            {
                var field = fields.Find(requirement.Field);
                if (field is null)
                    missing.Add($"create {requirement.Describe()}");
                else if (!requirement.AcceptedTypes.Contains(field.Type ?? "", StringComparer.OrdinalIgnoreCase))
                    missing.Add($"change {requirement.SObject}.{requirement.Field}: it is of type {field.Type}, CrmSync writes {requirement.SetupType}");
                else if (!field.Updateable)
                    missing.Add($"grant Edit access to {requirement.SObject}.{requirement.Field}");
                else
                    _ensured[(requirement.SObject, requirement.Field)] = true;
            }
        }

        if (missing.Count > 0)
        {
            throw new CrmConnectorException(context.Name, CrmFailureKind.MissingScopes,
                $"the write-back stopped: Salesforce lacks {missing.Count} custom field(s) CrmSync writes, or the integration user cannot edit them. " +
                $"In Setup: {string.Join("; ", missing)}. Then give the integration user's permission set Read and Edit field access to each " +
                "(docs/connectors/salesforce.md, \"Custom fields\"). CrmSync does not create fields itself.");
        }
    }
}
