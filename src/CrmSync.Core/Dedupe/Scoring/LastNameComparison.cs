using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Last-name levels: exact, close spelling, phonetic or a typo, swapped with the first name, and — when one record
/// has no last name — found in that record's email (<see cref="NameInEmail"/>). The levels that depend on the two
/// surnames alone are memoised per pair of surnames (common ones meet again and again).
/// </summary>
internal sealed class LastNameComparison() : FieldComparison(
    ComparisonKind.LastName, "last name", "exact", "jaro-winkler ≥ 0.92", "phonetic or typo", "swapped with first name", "in the other's email")
{
    private const int InEmail = 5;
    private readonly PairLevelCache _cache = new(slotBits: 18);
    private readonly NameSwap _swap = new();

    public override FeatureColumn? FrequencyColumn => FeatureColumn.LastName;

    public override FeatureColumn PresenceColumn => FeatureColumn.LastName;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var last = features.Column(FeatureColumn.LastName);
        if (!BothPresent(last, a, b))
        {
            return NameInEmail.Found(features, FeatureColumn.LastName, a, b) ? InEmail : MissingLevel;
        }

        if (last[a] == last[b])
        {
            return 1;
        }

        if (!_cache.TryGet(last[a], last[b], out var level))
        {
            level = CompareNames(features, a, b);
            _cache.Set(last[a], last[b], level);
        }

        return level != DifferentLevel || !_swap.IsSwapped(features, a, b) ? level : 4;
    }

    private int CompareNames(RecordFeatures features, int a, int b)
    {
        var last = features.Column(FeatureColumn.LastName);
        var pool = features.Pool(FeatureColumn.LastName);
        string nameA = pool[last[a]], nameB = pool[last[b]];
        var (veryClose, close, _) = Spelling.Grade(nameA, nameB);
        return veryClose ? 2
            : close || PhoneticAgreement.Matches(features, a, b, FeatureColumn.LastPhonetic, FeatureColumn.LastPhoneticAlternate) ? 3
            : DifferentLevel;
    }
}
