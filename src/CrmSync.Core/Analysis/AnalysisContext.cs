using CrmSync.Core.Records;

namespace CrmSync.Core.Analysis;

/// <summary>Everything an analyzer may read: the stored records of one connector, its pipelines and owners, and now.</summary>
public sealed class AnalysisContext(
    string connector,
    DateTimeOffset now,
    IReadOnlyDictionary<string, IReadOnlyList<CrmRecord>> recordsByType,
    IReadOnlyList<CrmPipeline> pipelines,
    IReadOnlyList<CrmOwner> owners)
{
    public string Connector { get; } = connector;
    public DateTimeOffset Now { get; } = now;
    public IReadOnlyList<CrmPipeline> Pipelines { get; } = pipelines;
    public IReadOnlyList<CrmOwner> Owners { get; } = owners;

    /// <summary>Live (not archived) records of one object type.</summary>
    public IReadOnlyList<CrmRecord> Records(string objectType) =>
        recordsByType.TryGetValue(objectType, out var records) ? records : [];
}
