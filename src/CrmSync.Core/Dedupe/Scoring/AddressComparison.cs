using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Street-address levels: exact; similar street (Jaro-Winkler ≥ 0.9, most words shared, or one line containing the
/// other) with no conflicting house number; similar street but a different house number (neighbours on one
/// street); the same house number on a different street.
/// </summary>
internal sealed class AddressComparison() : FieldComparison(
    ComparisonKind.Address, "address", "exact", "similar street", "similar street, different number", "same house number only")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.Address;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.Address;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var address = features.Column(FeatureColumn.Address);
        if (!BothPresent(address, a, b))
        {
            return MissingLevel;
        }

        var number = features.Column(FeatureColumn.StreetNumber);
        var numbersPresent = number[a] >= 0 && number[b] >= 0;
        var numbersConflict = numbersPresent && number[a] != number[b];
        if (address[a] == address[b])
        {
            return numbersConflict ? 3 : 1;
        }

        var pool = features.Pool(FeatureColumn.Address);
        string streetA = pool[address[a]], streetB = pool[address[b]];
        var similar = JaroWinkler.Similarity(streetA, streetB) >= 0.9 ||
                      TokenSimilarity.Jaccard(streetA, streetB) >= 0.6 ||
                      TokenSimilarity.Containment(streetA, streetB) >= 1.0;
        if (similar)
        {
            return numbersConflict ? 3 : 2;
        }

        return numbersPresent && !numbersConflict ? 4 : DifferentLevel;
    }
}
