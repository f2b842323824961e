using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Date-of-birth levels: exact, one digit mistyped or day and month swapped, within a month, within a year,
/// within ten years.
/// </summary>
internal sealed class DateOfBirthComparison() : FieldComparison(
    ComparisonKind.DateOfBirth, "date of birth", "exact", "one digit or day/month swapped", "within a month", "within a year", "within ten years")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.DateOfBirth;

    public override FeatureColumn? FrequencyColumn => FeatureColumn.DateOfBirth;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var dob = features.Column(FeatureColumn.DateOfBirth);
        if (!BothPresent(dob, a, b))
        {
            return MissingLevel;
        }

        if (dob[a] == dob[b])
        {
            return 1;
        }

        var pool = features.Pool(FeatureColumn.DateOfBirth);
        string digitsA = pool[dob[a]], digitsB = pool[dob[b]];
        if (WithinOneEdit(digitsA, digitsB) || IsDayMonthSwap(digitsA, digitsB))
        {
            return 2;
        }

        int dayA = features.DateOfBirthDay[a], dayB = features.DateOfBirthDay[b];
        if (dayA == RecordNormaliser.MissingDay || dayB == RecordNormaliser.MissingDay)
        {
            return DifferentLevel;
        }

        var days = Math.Abs(dayA - dayB);
        return days switch
        {
            <= 31 => 3,
            <= 366 => 4,
            <= 3653 => 5,
            _ => DifferentLevel,
        };
    }

    // Equal-length dates (yyyymmdd) differ by one digit or two adjacent swapped digits: no table needed.
    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return EditDistance.Bounded(a, b, 1) <= 1;
        }

        int first = -1, mismatches = 0;
        for (var i = 0; i < a.Length && mismatches <= 2; i++)
        {
            if (a[i] != b[i])
            {
                first = mismatches++ == 0 ? i : first;
            }
        }

        return mismatches <= 1 ||
               (mismatches == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
    }

    private static bool IsDayMonthSwap(string a, string b) =>
        a.Length == 8 && b.Length == 8 && a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4)) &&
        a.AsSpan(4, 2).SequenceEqual(b.AsSpan(6, 2)) && a.AsSpan(6, 2).SequenceEqual(b.AsSpan(4, 2));
}
