namespace CrmSync.HubSpot.RateLimiting;

/// <summary>A granted permit; disposing it marks the request complete so its window starts to run.</summary>
internal readonly struct RateLimitLease(HubSpotRateLimiter limiter, RateBucket bucket) : IDisposable
{
    public RateBucket Bucket => bucket;

    public void Dispose() => limiter.Release(bucket);
}
