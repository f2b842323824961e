using System.Collections.Concurrent;
using System.Net;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Mapping;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Properties;

/// <summary>
/// Creates the <c>crmsync</c> group and any missing CrmSync property, reading the existing ones first and treating
/// 409 as "already there". A definition's name is its computed key; the HubSpot property is <c>crmsync_{key}</c>.
/// What was ensured is remembered for the connector's lifetime, so later calls cost nothing.
/// </summary>
internal sealed class PropertyEnsurer(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
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
        await EnsureNativeAsync(definitions.Select(ToCreate).ToList(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ensures properties given by their HubSpot names (e.g. CrmSync's alert key on tasks, an object type with no
    /// canonical field map): the same group, the same read-first, 409-tolerant creates and the same memory.
    /// </summary>
    public async Task EnsureNativeAsync(IReadOnlyList<(string ObjectType, HsPropertyCreate Body)> properties, CancellationToken cancellationToken)
    {
        var missing = properties.Where(p => !_ensured.ContainsKey((p.ObjectType, p.Body.Name))).ToList();
        if (missing.Count == 0)
            return;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var group in missing.GroupBy(p => p.ObjectType, StringComparer.Ordinal))
                await EnsureObjectTypeAsync(group.Key, group.Where(p => !_ensured.ContainsKey((p.ObjectType, p.Body.Name))).Select(p => p.Body).ToList(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task EnsureObjectTypeAsync(string objectType, List<HsPropertyCreate> bodies, CancellationToken cancellationToken)
    {
        if (bodies.Count == 0)
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
        foreach (var body in bodies.DistinctBy(b => b.Name))
        {
            if (!names.Contains(body.Name))
            {
                await CreateAsync($"create {objectType} property {body.Name}",
                    ct => apis.Get().Properties.Create(objectType, body, ct), cancellationToken).ConfigureAwait(false);
                HubSpotLog.PropertyCreated(context.Logger, context.Name, body.Name, objectType);
            }

            _ensured[(objectType, body.Name)] = true;
        }
    }

    private static (string ObjectType, HsPropertyCreate Body) ToCreate(ComputedPropertyDefinition definition)
    {
        var (type, fieldType) = PropertyTypeMapping.For(definition.Type);
        return (definition.ObjectType, new HsPropertyCreate
        {
            Name = NativeName(definition), Label = definition.Label, Type = type, FieldType = fieldType,
            GroupName = GroupName, Description = definition.Description,
        });
    }

    /// <summary>A create answered 409 lost a race with another process: the thing exists, which is all we want.</summary>
    private async Task CreateAsync<T>(string operation, Func<CancellationToken, Task<Refit.IApiResponse<T>>> call, CancellationToken cancellationToken)
    {
        using var response = await runner.SendAsync(operation, call, retryBodyFaults: true, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessful && response.StatusCode != HttpStatusCode.Conflict)
            throw runner.Fail(operation, (Refit.ApiException)response.Error!);
    }

    /// <summary>Checks everything before the first call: object type, computed key and label.</summary>
    private static void Validate(ComputedPropertyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        NativeName(definition);
        if (string.IsNullOrWhiteSpace(definition.Label))
            throw new ArgumentException($"Computed property '{definition.Name}' on '{definition.ObjectType}' needs a label.", nameof(definition));
    }

    /// <summary>The same rule as writes: a computed key of a supported object type, as <c>crmsync_{key}</c>.</summary>
    private static string NativeName(ComputedPropertyDefinition definition) =>
        HubSpotFieldMaps.For(definition.ObjectType).ToWritableNative(definition.Name);
}
