using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Detects first and last names entered the wrong way round ("Hall Isla" vs "Isla Hall"). Asked for most pairs
/// whose names differ, so whether one name is a spelling of another is memoised per pair of names.
/// </summary>
internal sealed class NameSwap
{
    private const int Similar = 1;
    private const int NotSimilar = 2;
    private readonly PairLevelCache _similar = new(slotBits: 18);

    public bool IsSwapped(RecordFeatures features, int a, int b)
    {
        var first = features.Column(FeatureColumn.FirstName);
        var last = features.Column(FeatureColumn.LastName);
        return AreSimilar(features, first[a], last[b]) || AreSimilar(features, last[a], first[b]);
    }

    // First and last names share one pool, so equal ids mean equal names.
    private bool AreSimilar(RecordFeatures features, int left, int right)
    {
        if (left < 0 || right < 0)
        {
            return false;
        }

        if (left == right)
        {
            return true;
        }

        if (!_similar.TryGet(left, right, out var cached))
        {
            var pool = features.Pool(FeatureColumn.FirstName);
            string x = pool[left], y = pool[right];
            cached = Spelling.IsClose(x, y) ? Similar : NotSimilar;
            _similar.Set(left, right, cached);
        }

        return cached == Similar;
    }
}
