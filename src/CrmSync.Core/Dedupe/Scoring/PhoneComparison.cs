using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Phone levels: E.164 exact, same last seven digits (one number written with two prefixes).</summary>
internal sealed class PhoneComparison() : FieldComparison(ComparisonKind.Phone, "phone", "exact", "same last 7 digits")
{
    public override FeatureColumn PresenceColumn => FeatureColumn.Phone;

    /// <summary>An office switchboard shared by many contacts says less than a personal number.</summary>
    public override FeatureColumn? FrequencyColumn => FeatureColumn.Phone;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var phone = features.Column(FeatureColumn.Phone);
        if (!BothPresent(phone, a, b))
        {
            return MissingLevel;
        }

        if (phone[a] == phone[b])
        {
            return 1;
        }

        var tail = features.PhoneTail;
        return tail[a] >= 0 && tail[a] == tail[b] ? 2 : DifferentLevel;
    }
}
