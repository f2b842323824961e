using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// History-wide, per stage, at the as-of time: the share of closed deals that entered the stage and were won (the
/// historical win probability from that stage) and the median days from entering it to winning.
/// </summary>
internal sealed class StageOutlook
{
    public StageOutlook(EngineState state)
    {
        var stages = state.Keys.Stages.Count;
        Closed = new int[stages];
        WonFrom = new int[stages];
        var daysToWon = Enumerable.Range(0, stages).Select(_ => new List<long>()).ToArray();
        var deals = state.Input.Deals;
        var timelines = state.Deals;
        for (var d = 0; d < deals.Count; d++)
        {
            var outcome = timelines.Outcome[d];
            if (outcome is not (DealOutcome.Won or DealOutcome.Lost))
                continue;
            var chain = state.Input.Stages.Chains[deals.Pipeline[d]];
            var row = d * timelines.Width;
            var wonAt = outcome == DealOutcome.Won ? timelines.First[row + state.Input.Stages.ChainPosition[timelines.FinalStage[d]]] : Timestamps.None;
            for (var q = 0; q < chain.Length && timelines.First[row + q] != Timestamps.None; q++)
            {
                var key = state.Keys.StageOf[chain[q]];
                Closed[key]++;
                if (outcome != DealOutcome.Won)
                    continue;
                WonFrom[key]++;
                daysToWon[key].Add(wonAt - timelines.First[row + q]);
            }
        }

        MedianTicksToWon = daysToWon.Select(s => s.Count == 0 ? (decimal?)null : Stats.Percentile(s, 0.5m, 1)).ToArray();
    }

    public int[] Closed { get; }

    public int[] WonFrom { get; }

    public decimal?[] MedianTicksToWon { get; }

    public MetricValue WinProbability(int stage, int minSample) => MetricValue.Ratio(WonFrom[stage], Closed[stage], Closed[stage], minSample);
}
