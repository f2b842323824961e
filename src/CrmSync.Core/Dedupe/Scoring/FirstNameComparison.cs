using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>First-name levels: exact, close spelling, nickname, phonetic or a typo (<see cref="Spelling"/>), swapped, initial.</summary>
internal sealed class FirstNameComparison(NicknameTable nicknames) : FieldComparison(
    ComparisonKind.FirstName, "first name", "exact", "jaro-winkler ≥ 0.92", "nickname", "phonetic or typo", "swapped with last name", "initial")
{
    public override FeatureColumn? FrequencyColumn => FeatureColumn.FirstName;

    public override FeatureColumn PresenceColumn => FeatureColumn.FirstName;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var first = features.Column(FeatureColumn.FirstName);
        if (!BothPresent(first, a, b))
        {
            return MissingLevel;
        }

        if (first[a] == first[b])
        {
            return 1;
        }

        var pool = features.Pool(FeatureColumn.FirstName);
        string nameA = pool[first[a]], nameB = pool[first[b]];
        var similarity = JaroWinkler.Similarity(nameA, nameB);
        if (similarity >= Spelling.VeryCloseJaroWinkler)
        {
            return 2;
        }

        if (nicknames.AreVariants(nameA, nameB))
        {
            return 3;
        }

        if (Spelling.IsClose(nameA, nameB, similarity) || PhoneticAgreement.Matches(features, a, b, FeatureColumn.FirstPhonetic, FeatureColumn.FirstPhoneticAlternate))
        {
            return 4;
        }

        if (NameSwap.IsSwapped(features, a, b))
        {
            return 5;
        }

        return IsInitialOf(nameA, nameB) || IsInitialOf(nameB, nameA) ? 6 : DifferentLevel;
    }

    private static bool IsInitialOf(string initial, string name) => initial.Length == 1 && name[0] == initial[0];
}
