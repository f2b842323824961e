using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Detects first and last names entered the wrong way round ("Hall Isla" vs "Isla Hall").</summary>
internal static class NameSwap
{
    public static bool IsSwapped(RecordFeatures features, int a, int b)
    {
        var first = features.Column(FeatureColumn.FirstName);
        var last = features.Column(FeatureColumn.LastName);
        return Similar(features, first[a], last[b]) || Similar(features, last[a], first[b]);
    }

    // First and last names share one pool, so equal ids mean equal names.
    private static bool Similar(RecordFeatures features, int left, int right)
    {
        if (left < 0 || right < 0)
        {
            return false;
        }

        if (left == right)
        {
            return true;
        }

        var pool = features.Pool(FeatureColumn.FirstName);
        return Spelling.IsClose(pool[left], pool[right]);
    }
}
