using CrmSync.Core.Connectors;

namespace CrmSync.HubSpot.Pull;

/// <summary>The property, history and association lists of one pull, built once and reused by every page.</summary>
internal sealed class PullPropertySet
{
    public PullPropertySet(HubSpotObjectProfile profile, PullRequest request)
    {
        Properties = profile.AlwaysProperties.Concat(request.Properties).Concat(request.HistoryProperties)
            .Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToArray();
        HistoryProperties = request.HistoryProperties.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToArray();
        Associations = request.Associations.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToArray();
        PropertiesCsv = string.Join(',', Properties);
        HistoryCsv = HistoryProperties.Count > 0 ? string.Join(',', HistoryProperties) : null;
        AssociationsCsv = Associations.Count > 0 ? string.Join(',', Associations) : null;
    }

    public IReadOnlyList<string> Properties { get; }

    public IReadOnlyList<string> HistoryProperties { get; }

    public IReadOnlyList<string> Associations { get; }

    public string PropertiesCsv { get; }

    public string? HistoryCsv { get; }

    public string? AssociationsCsv { get; }
}
