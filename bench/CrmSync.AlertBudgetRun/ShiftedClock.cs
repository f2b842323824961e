namespace CrmSync.AlertBudgetRun;

/// <summary>
/// The system clock moved forward by whole days on demand: "the next day" for the worker and the fake CRM alike,
/// while timers, delays and rate-limit windows keep running in real time (a frozen fake clock would stall them).
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward (never back: stored times must not come from the future).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
