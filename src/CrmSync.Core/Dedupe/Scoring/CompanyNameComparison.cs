using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Company basename levels: exact; near-identical (Jaro-Winkler ≥ 0.94 or ≥ 80 % of words shared); one name's words
/// all inside the other ("le montrachet" / "le montrachet bistro"), not counting linking words and the record's own
/// city; half the words shared or an acronym of the other. Names sharing words while each keeps a distinctive word
/// of its own ("cafe ritz carlton" / "dining room ritz carlton") are different: outlets or branches of one brand,
/// often in one building with one switchboard, so the shared words must not stand in for agreement.
/// </summary>
internal sealed class CompanyNameComparison() : FieldComparison(
    ComparisonKind.CompanyName, "company name", "exact", "near-identical", "one contains the other", "half the words shared or acronym")
{
    private const int HalfShared = 4;

    private readonly PairLevelCache _cache = new();

    public override FeatureColumn PresenceColumn => FeatureColumn.Company;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.Company;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var company = features.Column(FeatureColumn.Company);
        if (!BothPresent(company, a, b))
        {
            return MissingLevel;
        }

        if (company[a] == company[b])
        {
            return 1;
        }

        if (!_cache.TryGet(company[a], company[b], out var level))
        {
            level = CompareNames(features.Pool(FeatureColumn.Company), company[a], company[b]);
            _cache.Set(company[a], company[b], level);
        }

        if (level == HalfShared)
        {
            level = OwnWordsLevel(features, a, b);
        }

        // Company and acronym share a pool: "ibm" as a name equals the acronym of "international business machines".
        var acronym = features.Column(FeatureColumn.CompanyAcronym);
        var isAcronym = (acronym[a] >= 0 && acronym[a] == company[b]) || (acronym[b] >= 0 && acronym[b] == company[a]);
        return level == DifferentLevel && isAcronym ? HalfShared : level;
    }

    // Depends on the records' cities, so it is decided per pair rather than cached per pair of names.
    private int OwnWordsLevel(RecordFeatures features, int a, int b)
    {
        var company = features.Pool(FeatureColumn.Company);
        var column = features.Column(FeatureColumn.Company);
        string nameA = company[column[a]], nameB = company[column[b]];
        var (cityA, cityB) = (City(features, a), City(features, b));
        var (oneSideHasNone, bothDistinct) = DistinctiveWords.Relate(nameA, nameB, cityA, cityB);
        return oneSideHasNone ? 3 : bothDistinct ? DifferentLevel : HalfShared;
    }

    private static string City(RecordFeatures features, int record)
    {
        var city = features.Column(FeatureColumn.City)[record];
        return city >= 0 ? features.Pool(FeatureColumn.City)[city] : "";
    }

    // Near-identical: the same words up to typos and abbreviations, the same letters up to spacing, or one word
    // mistyped. Whole-string Jaro-Winkler is not used for several words: "pacific finance" and "pacific insurance"
    // share a long prefix but are two businesses.
    private int CompareNames(StringPool pool, int idA, int idB)
    {
        string nameA = pool[idA], nameB = pool[idB];
        var jaccard = TokenSimilarity.Jaccard(nameA, nameB);
        var singleWords = !nameA.Contains(' ') && !nameB.Contains(' ');
        if (jaccard >= 0.8 || TextFolding.Squash(nameA) == TextFolding.Squash(nameB) || (singleWords && JaroWinkler.Similarity(nameA, nameB) >= 0.94))
        {
            return 2;
        }

        if (TokenSimilarity.Containment(nameA, nameB) >= 1.0)
        {
            return 3;
        }

        return jaccard >= 0.5 ? HalfShared : DifferentLevel;
    }
}
