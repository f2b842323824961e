namespace CrmSync.Sandbox.Limits;

/// <summary>Requests per day; the day turns at midnight in the TimeProvider's local time zone (the portal's zone).</summary>
internal sealed class DailyBudget(long limit, TimeProvider clock)
{
    private DateOnly day;
    private long used;

    public long Limit => limit;

    public bool Unlimited => limit <= 0;

    public long Remaining => Unlimited ? long.MaxValue : Math.Max(0, limit - used);

    public bool HasRoom(DateTimeOffset now, out TimeSpan untilReset)
    {
        Roll(now);
        untilReset = TimeSpan.Zero;
        if (Unlimited || used < limit)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(now, clock.LocalTimeZone);
        var nextMidnight = new DateTimeOffset(local.Date.AddDays(1), clock.LocalTimeZone.GetUtcOffset(local.Date.AddDays(1)));
        untilReset = nextMidnight - now;
        return false;
    }

    public void Admit(DateTimeOffset now)
    {
        Roll(now);
        used++;
    }

    private void Roll(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, clock.LocalTimeZone).DateTime);
        if (today != day)
        {
            day = today;
            used = 0;
        }
    }
}
