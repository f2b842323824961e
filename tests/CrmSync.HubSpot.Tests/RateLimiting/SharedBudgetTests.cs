using CrmSync.HubSpot.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.HubSpot.Tests.RateLimiting;

/// <summary>What the limiter learns from HubSpot about budgets other apps share: search 429s, the reported interval.</summary>
public sealed class SharedBudgetTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero));

    private HubSpotRateLimiter Limiter(int budget = 10, int search = 5) =>
        new(_time, new RateLimiterSettings(budget, 1.0, search, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), TimeSpan.Zero));

    [Fact]
    public void SearchRejected_EachTime_HalvesTheSearchRateDownToOne()
    {
        var limiter = Limiter(search: 5);

        limiter.SearchRejected();
        var once = limiter.CurrentSearchLimit;
        limiter.SearchRejected();
        var twice = limiter.CurrentSearchLimit;
        limiter.SearchRejected();

        Assert.Equal((2, 1, 1), (once, twice, limiter.CurrentSearchLimit));
        Assert.True(limiter.TryAcquire(RateBucket.Search, out _));
        Assert.False(limiter.TryAcquire(RateBucket.Search, out _));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
    }

    [Fact]
    public void SearchAccepted_AfterTenQuietWindows_GivesOneSearchPerWindowBackUpToTheConfiguredRate()
    {
        var limiter = Limiter(search: 5);
        limiter.SearchRejected();
        limiter.SearchRejected();

        limiter.SearchAccepted();
        var tooSoon = limiter.CurrentSearchLimit;
        _time.Advance(TimeSpan.FromSeconds(HubSpotRateLimiter.SearchRecoveryWindows));
        limiter.SearchAccepted();
        limiter.SearchAccepted();
        var afterOneStretch = limiter.CurrentSearchLimit;
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(HubSpotRateLimiter.SearchRecoveryWindows));
            limiter.SearchAccepted();
        }

        Assert.Equal((1, 2, 5), (tooSoon, afterOneStretch, limiter.CurrentSearchLimit));
    }

    [Fact]
    public void ObserveBurstHeaders_IntervalMilliseconds_SetsTheWindowPermitsCountFor()
    {
        var limiter = Limiter(budget: 2);

        limiter.ObserveBurstHeaders(max: 2, remaining: 2, intervalMilliseconds: 1_000);
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
        limiter.Release(RateBucket.Burst);
        limiter.Release(RateBucket.Burst);

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.CurrentBurstWindow);
        Assert.False(limiter.TryAcquire(RateBucket.Burst, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(3_600_000)]
    public void ObserveBurstHeaders_ImplausibleInterval_IsIgnored(int interval)
    {
        var limiter = Limiter();

        limiter.ObserveBurstHeaders(max: 10, remaining: 10, intervalMilliseconds: interval);

        Assert.Equal(TimeSpan.FromSeconds(10), limiter.CurrentBurstWindow);
    }
}
