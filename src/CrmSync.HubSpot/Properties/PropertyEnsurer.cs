using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Properties;

/// <summary>
/// Creates the <c>crmsync</c> group and any missing CrmSync property, reading the existing ones first and treating
/// 409 as "already there". What was ensured is remembered for the connector's lifetime, so later calls cost nothing.
/// </summary>
internal sealed partial class PropertyEnsurer(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public const string GroupName = "crmsync";
    private const string GroupLabel = "CrmSync";
    private readonly ConcurrentDictionary<(string ObjectType, string Name), bool> _ensured = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task EnsureAsync(IReadOnlyList<ComputedPropertyDefinition> definitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var definition in definitions)
            Validate(definition);

        var missing = definitions.Where(d => !_ensured.ContainsKey((d.ObjectType, d.Name))).ToList();
        if (missing.Count == 0)
            return;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var group in missing.GroupBy(d => d.ObjectType, StringComparer.Ordinal))
                await EnsureObjectTypeAsync(group.Key, group.Where(d => !_ensured.ContainsKey((d.ObjectType, d.Name))).ToList(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task EnsureObjectTypeAsync(string objectType, List<ComputedPropertyDefinition> definitions, CancellationToken cancellationToken)
    {
        if (definitions.Count == 0)
            return;
        var api = apis.Get().Properties;
        var groups = await runner.ReadAsync($"list {objectType} property groups", ct => api.ListGroups(objectType, ct), cancellationToken).ConfigureAwait(false);
        if (!groups.Results.Any(g => g.Name == GroupName))
        {
            var group = new HsPropertyGroup { Name = GroupName, Label = GroupLabel, DisplayOrder = -1 };
            await CreateAsync($"create {objectType} property group {GroupName}",
                ct => apis.Get().Properties.CreateGroup(objectType, group, ct), cancellationToken).ConfigureAwait(false);
            HubSpotLog.GroupCreated(context.Logger, context.Name, GroupName, objectType);
        }

        var existing = await runner.ReadAsync($"list {objectType} properties", ct => api.List(objectType, ct), cancellationToken).ConfigureAwait(false);
        var names = existing.Results.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in definitions.DistinctBy(d => d.Name))
        {
            if (!names.Contains(definition.Name))
            {
                var (type, fieldType) = PropertyTypeMapping.For(definition.Type);
                var body = new HsPropertyCreate
                {
                    Name = definition.Name, Label = definition.Label, Type = type, FieldType = fieldType,
                    GroupName = GroupName, Description = definition.Description,
                };
                await CreateAsync($"create {objectType} property {definition.Name}",
                    ct => apis.Get().Properties.Create(objectType, body, ct), cancellationToken).ConfigureAwait(false);
                HubSpotLog.PropertyCreated(context.Logger, context.Name, definition.Name, objectType);
            }

            _ensured[(objectType, definition.Name)] = true;
        }
    }

    /// <summary>A create answered 409 lost a race with another process: the thing exists, which is all we want.</summary>
    private async Task CreateAsync<T>(string operation, Func<CancellationToken, Task<Refit.IApiResponse<T>>> call, CancellationToken cancellationToken)
    {
        using var response = await runner.SendAsync(operation, call, retryBodyFaults: true, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessful && response.StatusCode != HttpStatusCode.Conflict)
            throw runner.Fail(operation, (Refit.ApiException)response.Error!);
    }

    private static void Validate(ComputedPropertyDefinition definition)
    {
        if (!NamePattern().IsMatch(definition.Name ?? ""))
        {
            throw new ArgumentException(
                $"Computed property '{definition.Name}' on '{definition.ObjectType}' is not a valid HubSpot property name " +
                "(lowercase letter first, then lowercase letters, digits or underscores, at most 100 characters).", nameof(definition));
        }

        if (string.IsNullOrWhiteSpace(definition.ObjectType) || string.IsNullOrWhiteSpace(definition.Label))
            throw new ArgumentException($"Computed property '{definition.Name}' needs an object type and a label.", nameof(definition));
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex NamePattern();
}
