namespace CrmSync.Sandbox.Limits;

/// <summary>A rolling-window counter of admitted requests (HubSpot's "ten_secondly_rolling" and the search per-second limit).</summary>
internal sealed class SlidingWindow(int limit, long windowMs)
{
    private readonly Queue<long> admitted = new();

    public int Limit => limit;

    public bool Unlimited => limit <= 0;

    public long WindowMs => windowMs;

    /// <summary>False when the window is full; then <paramref name="retryAfterMs"/> is when the oldest admission rolls out.</summary>
    public bool HasRoom(long nowMs, out long retryAfterMs)
    {
        retryAfterMs = 0;
        if (Unlimited)
        {
            return true;
        }

        while (admitted.Count > 0 && admitted.Peek() <= nowMs - windowMs)
        {
            admitted.Dequeue();
        }

        if (admitted.Count < limit)
        {
            return true;
        }

        retryAfterMs = admitted.Peek() + windowMs - nowMs;
        return false;
    }

    public void Admit(long nowMs)
    {
        if (!Unlimited)
        {
            admitted.Enqueue(nowMs);
        }
    }

    public int Remaining => Unlimited ? int.MaxValue : Math.Max(0, limit - admitted.Count);
}
