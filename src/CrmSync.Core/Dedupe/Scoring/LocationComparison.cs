using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Phone and street address judged together (see <see cref="ComparisonKind.Location"/>): same phone (or the same last
/// seven digits) and same or similar street; same phone only; same street only. Missing when neither field can be
/// compared.
/// </summary>
internal sealed class LocationComparison() : FieldComparison(
    ComparisonKind.Location, "location", "same phone and address", "same phone", "same address")
{
    private static readonly AddressComparison Address = new();

    public override FeatureColumn PresenceColumn => FeatureColumn.Phone;

    /// <summary>A switchboard number shared by many businesses says less than a number two records share.</summary>
    public override FeatureColumn? FrequencyColumn => FeatureColumn.Phone;

    public override bool IsFrequencyAdjusted(int level) => level is 1 or 2;

    public override IReadOnlyList<FeatureColumn> PresenceColumns => [FeatureColumn.Phone, FeatureColumn.Address];

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var phone = features.Column(FeatureColumn.Phone);
        var phoneComparable = BothPresent(phone, a, b);
        var addressLevel = Address.Compare(features, a, b);
        if (!phoneComparable && addressLevel == MissingLevel)
        {
            return MissingLevel;
        }

        var tail = features.PhoneTail;
        var samePhone = phoneComparable && (phone[a] == phone[b] || (tail[a] >= 0 && tail[a] == tail[b]));
        var sameAddress = addressLevel is 1 or 2;
        return (samePhone, sameAddress) switch
        {
            (true, true) => 1,
            (true, false) => 2,
            (false, true) => 3,
            _ => DifferentLevel,
        };
    }
}
