using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// The comparisons taking part in a run: those configured whose field is filled in enough records. A pair's
/// levels pack into a 64-bit pattern (4 bits per comparison), the unit EM counts.
/// </summary>
internal sealed class ComparisonSet
{
    public const int MaxComparisons = 16;
    private const int BitsPerLevel = 4;

    private ComparisonSet(IReadOnlyList<FieldComparison> comparisons) => Comparisons = comparisons;

    public IReadOnlyList<FieldComparison> Comparisons { get; }

    public int Count => Comparisons.Count;

    /// <summary>Keeps the configured comparisons whose field is filled in at least 1 % of records (and 3 records).</summary>
    public static ComparisonSet Select(IEnumerable<ComparisonKind> kinds, RecordFeatures features, NicknameTable nicknames)
    {
        var minimum = Math.Max(3, features.Count / 100);
        var active = kinds
            .Select(kind => Create(kind, nicknames))
            .Where(comparison => comparison.PresenceColumns.Any(column => features.FilledCount(column) >= minimum))
            .Take(MaxComparisons)
            .ToList();
        return new ComparisonSet(active);
    }

    public static ComparisonSet Of(params FieldComparison[] comparisons) => new(comparisons);

    public static FieldComparison Create(ComparisonKind kind, NicknameTable nicknames) => kind switch
    {
        ComparisonKind.FirstName => new FirstNameComparison(nicknames),
        ComparisonKind.LastName => new LastNameComparison(),
        ComparisonKind.Email => new EmailComparison(),
        ComparisonKind.Phone => new PhoneComparison(),
        ComparisonKind.DateOfBirth => new DateOfBirthComparison(),
        ComparisonKind.CompanyName => new CompanyNameComparison(),
        ComparisonKind.Domain => new DomainComparison(),
        ComparisonKind.Address => new AddressComparison(),
        ComparisonKind.Location => new LocationComparison(),
        ComparisonKind.Context => new ContextComparison(),
        ComparisonKind.Address2 => new TextComparison(kind, "address line 2", FeatureColumn.Address2, fuzzy: true, frequencyAdjusted: true),
        ComparisonKind.City => new CityComparison(),
        ComparisonKind.State => new TextComparison(kind, "state", FeatureColumn.State, fuzzy: false, frequencyAdjusted: false),
        ComparisonKind.Postcode => new CodeComparison(kind, "postcode", FeatureColumn.Postcode, maxEdits: 1),
        ComparisonKind.NationalId => new CodeComparison(kind, "national id", FeatureColumn.NationalId, maxEdits: 2),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown comparison."),
    };

    public ulong Pattern(RecordFeatures features, int a, int b)
    {
        ulong pattern = 0;
        for (var k = 0; k < Comparisons.Count; k++)
        {
            pattern |= (ulong)Comparisons[k].Compare(features, a, b) << (k * BitsPerLevel);
        }

        return pattern;
    }

    public static int LevelOf(ulong pattern, int comparison) => (int)(pattern >> (comparison * BitsPerLevel)) & 0xF;

    public int[] LevelCounts() => Comparisons.Select(c => c.LevelCount).ToArray();

    /// <summary>
    /// The related-entity classes that apply to this set: each with the comparisons it ties to u. A class is left
    /// out when none of its identifying comparisons takes part, or when all of them do and nothing else does.
    /// </summary>
    public IReadOnlyList<(string Description, bool[] Tied)> Related(IEnumerable<RelatedEntityClass> classes) => classes
        .Select(c => (c.Description, Tied: Comparisons.Select(comparison => c.Identifying.Contains(comparison.Kind)).ToArray()))
        .Where(c => c.Tied.Any(t => t) && c.Tied.Any(t => !t))
        .ToList();
}
