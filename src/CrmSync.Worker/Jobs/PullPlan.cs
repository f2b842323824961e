using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// What each object type is pulled with: the union of the enabled analyzers' declared inputs, plus the owner and the
/// record's timestamps, which every record keeps. Stage entry dates are expanded from the type's pipelines.
/// </summary>
public static class PullPlan
{
    private static readonly string[] Always = [CanonicalFields.OwnerId, CanonicalFields.CreatedAt, CanonicalFields.ModifiedAt];

    public static PullRequest For(
        string objectType, PullMode mode, string? cursor, IEnumerable<AnalyzerDescriptor> analyzers, IReadOnlyList<CrmPipeline> pipelines)
    {
        var inputs = analyzers.Select(a => a.InputsFor(objectType)).OfType<ObjectInputs>().ToList();
        var fields = new SortedSet<string>(Always, StringComparer.Ordinal);
        fields.UnionWith(inputs.SelectMany(i => i.Fields));
        if (inputs.Any(i => i.StageEntryDates))
            fields.UnionWith(OpenStageEntryDates(objectType, pipelines));
        var history = inputs.SelectMany(i => i.HistoryFields).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var associations = inputs.SelectMany(i => i.Associations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new PullRequest(objectType, mode, cursor, [.. fields], history, associations);
    }

    private static IEnumerable<string> OpenStageEntryDates(string objectType, IReadOnlyList<CrmPipeline> pipelines) =>
        pipelines
            .Where(p => p.ObjectType == objectType)
            .SelectMany(p => p.Stages)
            .Where(s => !s.IsClosed)
            .Select(s => CanonicalFields.StageEnteredAt(s.Id));
}
