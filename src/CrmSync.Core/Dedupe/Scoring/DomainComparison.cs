using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Registrable domain exact (free-mail domains never get here).</summary>
internal sealed class DomainComparison() : FieldComparison(ComparisonKind.Domain, "domain", "exact")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.Domain;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.Domain;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var domain = features.Column(FeatureColumn.Domain);
        if (!BothPresent(domain, a, b))
        {
            return MissingLevel;
        }

        return domain[a] == domain[b] ? 1 : DifferentLevel;
    }
}
