using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// City (exact, typo), left out when the street addresses agree: the city is then part of one shared address, and
/// counting it again would add its weight twice — most visibly for distinct businesses in one building, which
/// always share the city although random pairs rarely do.
/// </summary>
internal sealed class CityComparison() : FieldComparison(ComparisonKind.City, "city", "exact", "typo")
{
    private static readonly AddressComparison Address = new();
    private readonly TextComparison _city = new(ComparisonKind.City, "city", FeatureColumn.City, fuzzy: true, frequencyAdjusted: true);

    public override FeatureColumn PresenceColumn => FeatureColumn.City;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.City;

    public override int Compare(RecordFeatures features, int a, int b) =>
        Address.Compare(features, a, b) is 1 or 2 ? MissingLevel : _city.Compare(features, a, b);
}
