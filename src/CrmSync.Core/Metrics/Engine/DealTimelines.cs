using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Each deal's history replayed up to the as-of time, once for every period: the first entry into each chain stage
/// (first entry wins; a jump forward gives the skipped stages implied entries at the same instant), the time spent in
/// each open stage over its real visits, and the final outcome with the instant of the final close (a reopened deal
/// counts by how it ends). Arrays are [deal × <see cref="Width"/> + chain position].
/// </summary>
internal sealed class DealTimelines
{
    public DealTimelines(MetricsInput input, long asOf)
    {
        var deals = input.Deals;
        var stages = input.Stages;
        Width = Math.Max(1, stages.MaxChain);
        var n = deals.Count;
        First = new long[n * Width];
        Array.Fill(First, Timestamps.None);
        TimeInStage = new long[n * Width];
        Array.Fill(TimeInStage, -1);
        Implied = new ulong[n];
        Outcome = new DealOutcome[n];
        FinalStage = new int[n];
        FinalAt = new long[n];
        var order = EntryOrder.Build(n, input.History.Deal, input.History.At);
        var replay = new Replay(this, stages);
        for (var d = 0; d < n; d++)
        {
            if (deals.Created[d] > asOf)
            {
                FinalStage[d] = -1;
                continue;
            }

            replay.Begin(d);
            for (var i = order.Start[d]; i < order.Start[d + 1]; i++)
            {
                var row = order.Rows[i];
                if (input.History.At[row] <= asOf)
                    replay.Enter(input.History.Stage[row], input.History.At[row]);
            }

            if (!replay.Entered)
                replay.Enter(FallbackStage(deals, stages, d, asOf, out var at), at);
            replay.End();
        }
    }

    /// <summary>Positions per deal (the longest chain).</summary>
    public int Width { get; }

    public long[] First { get; }

    /// <summary>Bit q set: the entry into chain position q was implied by a skip.</summary>
    public ulong[] Implied { get; }

    /// <summary>Ticks spent in the open stage at each position over exited, real visits; -1 when none.</summary>
    public long[] TimeInStage { get; }

    public DealOutcome[] Outcome { get; }

    /// <summary>The stage at the as-of time (global index; -1 when absent).</summary>
    public int[] FinalStage { get; }

    /// <summary>When the deal entered its final stage: the final close for closed deals.</summary>
    public long[] FinalAt { get; }

    /// <summary>A deal without history: its current stage, entered at close (closed) or at creation (open).</summary>
    private static int FallbackStage(DealColumns deals, StageCatalog stages, int d, long asOf, out long at)
    {
        var stage = deals.Stage[d];
        at = deals.Created[d];
        if (!stages.Stages[stage].IsClosed)
            return stage;
        var close = deals.CloseDate[d] == Timestamps.None ? deals.Created[d] : Math.Max(deals.CloseDate[d], deals.Created[d]);
        if (close <= asOf)
        {
            at = close;
            return stage;
        }

        // Closed after the as-of time: before that, all we know is that it was open from its creation.
        return stages.Chains[deals.Pipeline[d]][0];
    }

    /// <summary>One deal's replay: visits, first entries, implied entries.</summary>
    private sealed class Replay(DealTimelines owner, StageCatalog stages)
    {
        private int _deal;
        private int _stage;
        private long _since;

        public bool Entered => _stage >= 0;

        public void Begin(int deal)
        {
            _deal = deal;
            _stage = -1;
        }

        public void Enter(int stage, long at)
        {
            if (stage == _stage)
                return; // a repeated row, not a new visit
            var width = owner.Width;
            var row = _deal * width;
            CloseVisit(at);
            var position = stages.ChainPosition[stage];
            if (position >= 0)
            {
                if (owner.First[row + position] == Timestamps.None)
                    owner.First[row + position] = at;
                for (var q = 0; q < position; q++)
                {
                    if (owner.First[row + q] == Timestamps.None)
                    {
                        owner.First[row + q] = at;
                        owner.Implied[_deal] |= 1UL << q;
                    }
                }
            }

            _stage = stage;
            _since = at;
        }

        public void End()
        {
            var definition = stages.Stages[_stage];
            owner.FinalStage[_deal] = _stage;
            owner.FinalAt[_deal] = _since;
            owner.Outcome[_deal] = !definition.IsClosed ? DealOutcome.Open : definition.IsWon ? DealOutcome.Won : DealOutcome.Lost;
        }

        private void CloseVisit(long at)
        {
            if (_stage < 0 || stages.Stages[_stage].IsClosed)
                return;
            var index = (_deal * owner.Width) + stages.ChainPosition[_stage];
            owner.TimeInStage[index] = Math.Max(0, owner.TimeInStage[index]) + (at - _since);
        }
    }
}
