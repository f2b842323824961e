using System.Collections.Concurrent;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Properties;

/// <summary>
/// The fields of an object as describe lists them for the integration user (salesforce-api.md §5), cached for a
/// while per object. A field the user cannot see (missing, or hidden by field-level security) is absent here, and a
/// query naming it would fail with INVALID_FIELD: pulls select only fields listed here.
/// </summary>
internal sealed class FieldCatalog(SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (ObjectFields Fields, long At)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<ObjectFields> GetAsync(string sObject, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(sObject, out var cached) && context.Time.GetElapsedTime(cached.At) < Lifetime)
            return cached.Fields;
        var describe = await runner.ReadAsync($"describe {sObject}", ct => apis.Data.Describe(context.Version, sObject, context, ct), cancellationToken)
            .ConfigureAwait(false);
        var fields = new ObjectFields(describe.Fields);
        _cache[sObject] = (fields, context.Time.GetTimestamp());
        return fields;
    }

    /// <summary>After an admin created fields: the next read describes again.</summary>
    public void Forget(string sObject) => _cache.TryRemove(sObject, out _);
}
