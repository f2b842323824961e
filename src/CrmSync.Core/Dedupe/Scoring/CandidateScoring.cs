using CrmSync.Core.Dedupe.Blocking;
using CrmSync.Core.Dedupe.Clustering;
using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Scores every candidate pair once, keeping those at or above the review threshold (all of them when asked), and
/// counts the pairs each blocking pass added on the way.
/// </summary>
internal static class CandidateScoring
{
    public static (List<ScoredLink> Links, long[] NewPairsByPass) Run(
        CandidatePairs candidates, PairScorer scorer, RecordFeatures features, double keepAbove, bool keepAll, int parallelism, CancellationToken cancellationToken)
    {
        var passes = candidates.Index.Passes.Count;
        var links = new List<ScoredLink>();
        var newPairs = new long[passes];
        candidates.ForEach(
            () => (Links: new List<ScoredLink>(), Counts: new long[passes]),
            (local, a, b, pass) =>
            {
                local.Counts[pass]++;
                var probability = scorer.Probability(features, a, b);
                if (keepAll || probability >= keepAbove)
                {
                    local.Links.Add(new ScoredLink(a, b, probability));
                }
            },
            local =>
            {
                links.AddRange(local.Links);
                for (var p = 0; p < passes; p++)
                {
                    newPairs[p] += local.Counts[p];
                }
            },
            parallelism,
            cancellationToken);
        return (links, newPairs);
    }
}
