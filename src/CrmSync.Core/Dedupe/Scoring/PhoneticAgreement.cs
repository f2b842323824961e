using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Double Metaphone agreement: any code of one record equals any code of the other.</summary>
internal static class PhoneticAgreement
{
    public static bool Matches(RecordFeatures features, int a, int b, FeatureColumn primary, FeatureColumn alternate)
    {
        var p = features.Column(primary);
        var alt = features.Column(alternate);
        if (p[a] < 0 || p[b] < 0)
        {
            return false;
        }

        return p[a] == p[b] || p[a] == alt[b] || alt[a] == p[b] || (alt[a] >= 0 && alt[a] == alt[b]);
    }
}
