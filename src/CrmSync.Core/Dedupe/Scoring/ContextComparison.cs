using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Employer and place of a person as one comparison (see <see cref="ComparisonKind.Context"/>). Same employer:
/// equal registrable domain (from the website, else a work email — but not when both come from emails, which the
/// email comparison already weighed) or one mistyped (two edits in eight letters or more), or company basenames
/// equal or near-identical. Same place: equal postcode, or equal
/// city with no conflicting state. Similar place: a city typo, a postcode one edit away, or the same state.
/// A different employer with no place to compare has its own level: people change jobs, so it says less than a
/// different place. Agreement on the place alone is adjusted for the city's frequency ("london" says less than "pootsmouth").
/// </summary>
internal sealed class ContextComparison() : FieldComparison(
    ComparisonKind.Context, "employer and place", "same employer and place", "same employer", "same place", "same place, other employer", "similar place", "other employer, place unknown")
{
    private static readonly FeatureColumn[] Columns =
        [FeatureColumn.Domain, FeatureColumn.Company, FeatureColumn.Postcode, FeatureColumn.City, FeatureColumn.State];

    // Instances of this comparison, not static: their memos are keyed by the value ids of one run's features.
    private readonly CompanyNameComparison _company = new();
    private readonly TextComparison _city = new(ComparisonKind.City, "city", FeatureColumn.City, fuzzy: true, frequencyAdjusted: false);
    private readonly CodeComparison _postcode = new(ComparisonKind.Postcode, "postcode", FeatureColumn.Postcode, maxEdits: 1);

    public override FeatureColumn PresenceColumn => FeatureColumn.City;

    public override IReadOnlyList<FeatureColumn> PresenceColumns => Columns;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.City;

    public override bool IsFrequencyAdjusted(int level) => level is 3 or 4;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var employer = Employer(features, a, b);
        var place = Place(features, a, b);
        return (employer, place) switch
        {
            (Agreement.Missing, Agreement.Missing) => MissingLevel,
            (Agreement.Same, Agreement.Same) => 1,
            (Agreement.Same, _) => 2,
            (Agreement.Missing, Agreement.Same) => 3,
            (Agreement.Different, Agreement.Same) => 4,
            (_, Agreement.Similar) => 5,
            (Agreement.Different, Agreement.Missing) => 6,
            _ => DifferentLevel,
        };
    }

    private Agreement Employer(RecordFeatures features, int a, int b)
    {
        var domain = features.Column(FeatureColumn.Domain);
        var company = features.Column(FeatureColumn.Company);
        // Two domains both read off email addresses repeat what the email comparison weighed: left out here.
        var fromEmail = features.EmailFlags[a] & features.EmailFlags[b] & EmailFlags.DomainFromEmail;
        var domainComparable = BothPresent(domain, a, b) && fromEmail == 0;
        var companyLevel = _company.Compare(features, a, b);
        if ((domainComparable && SameDomain(features, domain[a], domain[b])) || companyLevel is 1 or 2)
        {
            return Agreement.Same;
        }

        return domainComparable || companyLevel != MissingLevel ? Agreement.Different : Agreement.Missing;
    }

    private static bool SameDomain(RecordFeatures features, int idA, int idB)
    {
        if (idA == idB)
        {
            return true;
        }

        var pool = features.Pool(FeatureColumn.Domain);
        string a = pool[idA], b = pool[idB];
        return Math.Min(a.Length, b.Length) >= 8 && EditDistance.Bounded(a, b, 2) <= 2;
    }

    private Agreement Place(RecordFeatures features, int a, int b)
    {
        var postcodeLevel = _postcode.Compare(features, a, b);
        var cityLevel = _city.Compare(features, a, b);
        var state = features.Column(FeatureColumn.State);
        var stateComparable = BothPresent(state, a, b);
        var stateConflict = stateComparable && state[a] != state[b];
        if (postcodeLevel == 1 || (cityLevel == 1 && !stateConflict))
        {
            return Agreement.Same;
        }

        if (postcodeLevel == 2 || cityLevel == 2 || (stateComparable && !stateConflict))
        {
            return Agreement.Similar;
        }

        return postcodeLevel == MissingLevel && cityLevel == MissingLevel && !stateComparable ? Agreement.Missing : Agreement.Different;
    }

    private enum Agreement
    {
        Missing,
        Same,
        Similar,
        Different,
    }
}
