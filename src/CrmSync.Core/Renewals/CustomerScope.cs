using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Renewals;

/// <summary>The validated <see cref="CustomerScopeOptions"/>: who is a customer, which deal is a renewal deal.</summary>
internal sealed class CustomerScope(IEnumerable<string> customerStages, IEnumerable<string> renewalTypes, IEnumerable<string> renewalPipelines, int windowDays)
{
    private readonly HashSet<string> _customerStages = Set(customerStages);
    private readonly HashSet<string> _renewalTypes = Set(renewalTypes);
    private readonly HashSet<string> _renewalPipelines = Set(renewalPipelines);

    public int WindowDays { get; } = windowDays;

    public bool IsCustomerStage(string? stage) => stage is not null && _customerStages.Contains(stage.Trim());

    /// <summary>By its deal type, or its pipeline's id or label.</summary>
    public bool IsRenewalDeal(CrmRecord deal, IReadOnlyDictionary<string, CrmPipeline> pipelines)
    {
        if (deal.Get(CanonicalFields.DealType) is { } type && _renewalTypes.Contains(type.Trim()))
            return true;
        if (deal.Get(CanonicalFields.Pipeline) is not { } pipeline)
            return false;
        return _renewalPipelines.Contains(pipeline.Trim())
            || (pipelines.TryGetValue(pipeline, out var known) && _renewalPipelines.Contains(known.Label.Trim()));
    }

    private static HashSet<string> Set(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
