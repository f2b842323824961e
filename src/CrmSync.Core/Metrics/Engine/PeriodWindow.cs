using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>A period in ticks with its monthly cohorts and the as-of time, for the hot loops.</summary>
internal sealed class PeriodWindow
{
    private readonly long[] _cohortEnds;

    public PeriodWindow(MetricsPeriod period, long asOf)
    {
        Period = period;
        From = period.From.Ticks;
        To = period.To.Ticks;
        AsOf = asOf;
        _cohortEnds = period.MonthlyCohorts().Select(c => c.To.Ticks).ToArray();
    }

    public MetricsPeriod Period { get; }

    public long From { get; }

    public long To { get; }

    public long AsOf { get; }

    public bool Contains(long at) => at >= From && at < To;

    /// <summary>The end of the monthly cohort holding <paramref name="at"/> (which must lie in the period).</summary>
    public long CohortEnd(long at)
    {
        foreach (var end in _cohortEnds)
        {
            if (at < end)
                return end;
        }

        return To;
    }

    /// <summary>A cohort is mature when its whole window has passed: as-of − cohort end ≥ W.</summary>
    public bool IsMature(long at, long windowTicks) => AsOf - CohortEnd(at) >= windowTicks;

    public static long Days(int days) => days * TimeSpan.TicksPerDay;

    /// <summary>Snapshot month of an instant: the latest month whose end is at or before it.</summary>
    public static int SnapshotMonth(long at) => Timestamps.MonthOf(at) - 1;
}
