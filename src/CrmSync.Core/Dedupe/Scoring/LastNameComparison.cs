using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Last-name levels: exact, close spelling, phonetic or a typo, swapped with the first name.</summary>
internal sealed class LastNameComparison() : FieldComparison(
    ComparisonKind.LastName, "last name", "exact", "jaro-winkler ≥ 0.92", "phonetic or typo", "swapped with first name")
{
    public override FeatureColumn? FrequencyColumn => FeatureColumn.LastName;

    public override FeatureColumn PresenceColumn => FeatureColumn.LastName;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var last = features.Column(FeatureColumn.LastName);
        if (!BothPresent(last, a, b))
        {
            return MissingLevel;
        }

        if (last[a] == last[b])
        {
            return 1;
        }

        var pool = features.Pool(FeatureColumn.LastName);
        string nameA = pool[last[a]], nameB = pool[last[b]];
        var similarity = JaroWinkler.Similarity(nameA, nameB);
        if (similarity >= Spelling.VeryCloseJaroWinkler)
        {
            return 2;
        }

        if (Spelling.IsClose(nameA, nameB, similarity) || PhoneticAgreement.Matches(features, a, b, FeatureColumn.LastPhonetic, FeatureColumn.LastPhoneticAlternate))
        {
            return 3;
        }

        return NameSwap.IsSwapped(features, a, b) ? 4 : DifferentLevel;
    }
}
