using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// One pass over a selection of deals for one period: opportunities, final outcomes closed in the period, amounts,
/// cycles, first entries per stage, cohort conversions, Δt between stages, time in stage of closed deals, and the
/// open pipeline at the as-of time.
/// </summary>
internal sealed class DealPass
{
    public DealPass(int stages, int transitions)
    {
        StageEntries = new int[stages];
        OpenCount = new int[stages];
        OpenAmount = new decimal[stages];
        StageTimes = Enumerable.Range(0, stages).Select(_ => new List<long>()).ToArray();
        Cohorts = new CohortCount[transitions];
        Gaps = Enumerable.Range(0, transitions).Select(_ => new List<long>()).ToArray();
    }

    public int Opportunities { get; private set; }

    public int Won { get; private set; }

    public int Lost { get; private set; }

    public decimal WonAmount { get; private set; }

    public decimal LostAmount { get; private set; }

    public int LostWithAmount { get; private set; }

    public List<decimal> WonAmounts { get; } = [];

    public List<long> Cycles { get; } = [];

    public int[] StageEntries { get; }

    public CohortCount[] Cohorts { get; }

    public List<long>[] Gaps { get; }

    public List<long>[] StageTimes { get; }

    public int[] OpenCount { get; }

    public decimal[] OpenAmount { get; }

    public void Run(EngineState state, Selection selection, PeriodWindow window)
    {
        var deals = state.Input.Deals;
        var timelines = state.Deals;
        var chains = state.Input.Stages.Chains;
        var keys = state.Keys;
        var width = timelines.Width;
        var count = selection.DealCount(deals.Count);
        for (var i = 0; i < count; i++)
        {
            var d = selection.Deal(i);
            var outcome = timelines.Outcome[d];
            if (outcome == DealOutcome.Absent)
                continue;
            var row = d * width;
            if (window.Contains(deals.Created[d]))
                Opportunities++;
            if (outcome == DealOutcome.Open)
            {
                var key = keys.StageOf[timelines.FinalStage[d]];
                OpenCount[key]++;
                if (deals.HasAmount[d])
                    OpenAmount[key] += deals.Amount[d];
            }
            else if (window.Contains(timelines.FinalAt[d]))
            {
                Closed(state, d, row, outcome);
            }

            Entries(timelines, row, deals.Pipeline[d], chains, keys, state.TransitionWindows, window);
        }
    }

    private void Closed(EngineState state, int d, int row, DealOutcome outcome)
    {
        var deals = state.Input.Deals;
        var timelines = state.Deals;
        var hasAmount = deals.HasAmount[d] && deals.Amount[d] > 0;
        if (outcome == DealOutcome.Won)
        {
            Won++;
            if (hasAmount)
            {
                WonAmount += deals.Amount[d];
                WonAmounts.Add(deals.Amount[d]);
            }

            var wonAt = timelines.First[row + state.Input.Stages.ChainPosition[timelines.FinalStage[d]]];
            Cycles.Add(wonAt - deals.Created[d]);
        }
        else
        {
            Lost++;
            if (hasAmount)
            {
                LostAmount += deals.Amount[d];
                LostWithAmount++;
            }

            if (!state.Options.BenchmarksIncludeLost)
                return;
        }

        var chain = state.Input.Stages.Chains[deals.Pipeline[d]];
        for (var q = 0; q < chain.Length; q++)
        {
            if (timelines.TimeInStage[row + q] >= 0)
                StageTimes[state.Keys.StageOf[chain[q]]].Add(timelines.TimeInStage[row + q]);
        }
    }

    private void Entries(DealTimelines timelines, int row, int pipeline, int[][] chains, StageKeys keys, long[] windows, PeriodWindow window)
    {
        var chain = chains[pipeline];
        var transitions = keys.TransitionOf[pipeline];
        for (var q = 0; q < chain.Length; q++)
        {
            var entered = timelines.First[row + q];
            if (entered == Timestamps.None)
                break; // first entries fill a prefix of the chain: nothing later was entered
            if (!window.Contains(entered))
                continue;
            StageEntries[keys.StageOf[chain[q]]]++;
            if (q > 0)
                Gaps[transitions[q - 1]].Add(entered - timelines.First[row + q - 1]);
            if (q + 1 < chain.Length)
            {
                var t = transitions[q];
                Cohorts[t].Add(entered, timelines.First[row + q + 1], windows[t], window);
            }
        }
    }
}
