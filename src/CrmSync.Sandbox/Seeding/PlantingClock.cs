namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// The sandbox's clock while it plants cases: the configured clock shifted back by <see cref="Offset"/>, so that
/// planted records get a history in the past through the ordinary writer. The offset is zero once planting is done.
/// </summary>
internal sealed class PlantingClock(TimeProvider inner) : TimeProvider
{
    public TimeSpan Offset { get; set; }

    /// <summary>When set, the exact time every write gets (planted histories to the millisecond, whatever the real clock does).</summary>
    public DateTimeOffset? FixedAt { get; set; }

    public override DateTimeOffset GetUtcNow() => FixedAt ?? inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
