using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// First-name levels: exact, close spelling, nickname, phonetic or a typo (<see cref="Spelling"/>), swapped,
/// initial, and — when one record has no first name — found in that record's email (<see cref="NameInEmail"/>).
/// The levels that depend on the two names alone are memoised per pair of names: a CRM holds few distinct first
/// names, which meet again and again.
/// </summary>
internal sealed class FirstNameComparison(NicknameTable nicknames) : FieldComparison(
    ComparisonKind.FirstName, "first name", "exact", "jaro-winkler ≥ 0.92", "nickname", "phonetic or typo", "swapped with last name", "initial", "in the other's email", "two edits")
{
    private const int InEmail = 7;
    private const int TwoEdits = 8;
    private readonly PairLevelCache _cache = new(slotBits: 18);
    private readonly NameSwap _swap = new();

    public override FeatureColumn? FrequencyColumn => FeatureColumn.FirstName;

    public override FeatureColumn PresenceColumn => FeatureColumn.FirstName;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var first = features.Column(FeatureColumn.FirstName);
        if (!BothPresent(first, a, b))
        {
            return NameInEmail.Found(features, FeatureColumn.FirstName, a, b) ? InEmail : MissingLevel;
        }

        if (first[a] == first[b])
        {
            return 1;
        }

        if (!_cache.TryGet(first[a], first[b], out var level))
        {
            level = CompareNames(features, a, b);
            _cache.Set(first[a], first[b], level);
        }

        if (level != DifferentLevel)
        {
            return level;
        }

        if (_swap.IsSwapped(features, a, b))
        {
            return 5;
        }

        var pool = features.Pool(FeatureColumn.FirstName);
        string nameA = pool[first[a]], nameB = pool[first[b]];
        return IsInitialOf(nameA, nameB) || IsInitialOf(nameB, nameA) ? 6 : DifferentLevel;
    }

    private int CompareNames(RecordFeatures features, int a, int b)
    {
        var first = features.Column(FeatureColumn.FirstName);
        var pool = features.Pool(FeatureColumn.FirstName);
        string nameA = pool[first[a]], nameB = pool[first[b]];
        var (veryClose, close, twoEdits) = Spelling.Grade(nameA, nameB);
        return veryClose ? 2
            : nicknames.AreVariants(nameA, nameB) ? 3
            : close || PhoneticAgreement.Matches(features, a, b, FeatureColumn.FirstPhonetic, FeatureColumn.FirstPhoneticAlternate) ? 4
            : twoEdits ? TwoEdits
            : DifferentLevel;
    }

    private static bool IsInitialOf(string initial, string name) => initial.Length == 1 && name[0] == initial[0];
}
