using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Mapping;
using CrmSync.Salesforce.Properties;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// What one pull selects, built once per pull: the request's canonical keys mapped to fields (an unknown key fails
/// before any call), kept to those describe lists for the integration user (a missing computed field, or one hidden
/// by field-level security, comes back empty instead of failing the query with INVALID_FIELD), plus the stage
/// history and association types asked for.
/// </summary>
internal sealed class PullFieldSet
{
    private static readonly Dictionary<string, string[]> SupportedAssociations = new(StringComparer.Ordinal)
    {
        [CrmObjectTypes.Contacts] = [CrmObjectTypes.Companies, CrmObjectTypes.Deals],
        [CrmObjectTypes.Leads] = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies, CrmObjectTypes.Deals],
        [CrmObjectTypes.Companies] = [CrmObjectTypes.Contacts, CrmObjectTypes.Deals],
        [CrmObjectTypes.Deals] = [CrmObjectTypes.Companies, CrmObjectTypes.Contacts],
    };

    public PullFieldSet(SalesforceObjectMap map, PullRequest request, SalesforceConnectorOptions options)
    {
        Map = map;
        var keys = request.Properties.Concat(request.HistoryProperties).Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
        Requested = [.. map.Always, .. keys.Select(map.ToNative).OfType<string>()];
        foreach (var history in request.HistoryProperties.Where(h => !string.IsNullOrWhiteSpace(h)))
        {
            if (!(map.HasStageHistory && history == CanonicalFields.Stage) && !IsLifecycle(map, history))
                throw new ArgumentException($"Salesforce keeps value history only for 'stage' on deals (OpportunityHistory) and 'lifecycle_stage' on contacts and leads (the LifecycleDateFields); '{history}' on '{map.ObjectType}' has none.", nameof(request));
        }

        Configured = new ConfiguredFields(map.ObjectType, options, request.HistoryProperties.Contains(CanonicalFields.LifecycleStage));
        Requested.AddRange(Configured.Native);

        StageKeys = keys.Where(map.IsStageDerived).ToHashSet(StringComparer.Ordinal);
        WantsStageHistory = request.HistoryProperties.Contains(CanonicalFields.Stage);
        Associations = request.Associations.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var association in Associations)
        {
            if (!SupportedAssociations[map.ObjectType].Contains(association))
                throw new ArgumentException($"The Salesforce connector has no association from '{map.ObjectType}' to '{association}'.", nameof(request));
        }

        if (Associations.Contains(CrmObjectTypes.Companies) && map.ObjectType is CrmObjectTypes.Contacts or CrmObjectTypes.Deals)
            Requested.Add("AccountId");
        Requested = Requested.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public SalesforceObjectMap Map { get; }

    /// <summary>The tenant-named fields (lifecycle dates, contract dates) and what they become.</summary>
    public ConfiguredFields Configured { get; }

    /// <summary>The fields asked for, before describe filters them.</summary>
    public List<string> Requested { get; }

    /// <summary>The fields selected, once <see cref="Restrict"/> ran.</summary>
    public IReadOnlyList<string> Selected { get; private set; } = [];

    /// <summary>Requested stage-derived keys (<c>stage_entered_at:*</c>, <c>current_stage_entered_at</c>).</summary>
    public IReadOnlySet<string> StageKeys { get; }

    public bool WantsStageHistory { get; }

    public bool NeedsStageHistory => WantsStageHistory || StageKeys.Count > 0;

    public IReadOnlyList<string> Associations { get; }

    /// <summary>Keeps the fields the object has for this user; returns those it dropped.</summary>
    public IReadOnlyList<string> Restrict(ObjectFields fields)
    {
        Selected = Requested.Where(fields.CanSelect).ToList();
        return Requested.Except(Selected, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool IsLifecycle(SalesforceObjectMap map, string history) =>
        history == CanonicalFields.LifecycleStage && map.ObjectType is CrmObjectTypes.Contacts or CrmObjectTypes.Leads;

    public string SelectList => string.Join(", ", Selected.Select(Soql.Soql.Identifier));
}
