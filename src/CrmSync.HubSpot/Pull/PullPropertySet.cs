using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Mapping;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// The property, history and association lists of one pull, built once and reused by every page. The request's keys
/// are canonical; the lists here are HubSpot names, mapped when the pull starts, so an unknown key fails before any call.
/// </summary>
internal sealed class PullPropertySet
{
    public PullPropertySet(HubSpotObjectProfile profile, PullRequest request)
    {
        Map = profile.Map;
        var requested = Native(request.Properties);
        HistoryProperties = Native(request.HistoryProperties);
        Properties = profile.AlwaysProperties.Concat(requested).Concat(HistoryProperties).Distinct(StringComparer.Ordinal).ToArray();
        Associations = request.Associations.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToArray();
        PropertiesCsv = string.Join(',', Properties);
        HistoryCsv = HistoryProperties.Count > 0 ? string.Join(',', HistoryProperties) : null;
        AssociationsCsv = Associations.Count > 0 ? string.Join(',', Associations) : null;
    }

    /// <summary>Maps the HubSpot names of the answers back to canonical keys.</summary>
    public HubSpotFieldMap Map { get; }

    public IReadOnlyList<string> Properties { get; }

    public IReadOnlyList<string> HistoryProperties { get; }

    public IReadOnlyList<string> Associations { get; }

    public string PropertiesCsv { get; }

    public string? HistoryCsv { get; }

    public string? AssociationsCsv { get; }

    // Blank entries and fields the portal has no property for are skipped; anything else must map (Map.ToNative throws naming key and object type).
    private string[] Native(IReadOnlyList<string> keys) =>
        keys.Where(k => !string.IsNullOrWhiteSpace(k) && !Map.Unavailable.Contains(k)).Select(Map.ToNative).Distinct(StringComparer.Ordinal).ToArray();
}
