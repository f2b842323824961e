using CrmSync.HubSpot.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.HubSpot.Tests.RateLimiting;

public sealed class HubSpotRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero));

    private HubSpotRateLimiter Limiter(int budget = 10, double utilisation = 1.0, int search = 5) =>
        new(_time, new RateLimiterSettings(budget, utilisation, search, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1)));

    private static void Take(HubSpotRateLimiter limiter, int count, RateBucket bucket = RateBucket.Burst)
    {
        for (var i = 0; i < count; i++)
            Assert.True(limiter.TryAcquire(bucket, out _), $"permit {i + 1} refused");
    }

    [Fact]
    public void TryAcquire_BudgetInFlight_RefusesUntilACompletionThenOneWindowLater()
    {
        var limiter = Limiter();
        Take(limiter, 10);

        Assert.False(limiter.TryAcquire(RateBucket.Burst, out var waitInFlight));
        Assert.Equal(Timeout.InfiniteTimeSpan, waitInFlight);

        _time.Advance(TimeSpan.FromSeconds(2));
        limiter.Release(RateBucket.Burst);
        Assert.False(limiter.TryAcquire(RateBucket.Burst, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(10), wait);

        _time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.False(limiter.TryAcquire(RateBucket.Burst, out _));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
    }

    [Fact]
    public void TryAcquire_DefaultBudget_GrantsNinetyFivePercentOf190()
    {
        var limiter = Limiter(budget: 190, utilisation: 0.95);

        Take(limiter, 180);

        Assert.Equal(180, limiter.CurrentBurstLimit);
        Assert.False(limiter.TryAcquire(RateBucket.Burst, out _));
    }

    [Fact]
    public void TryAcquire_SearchBudgetSpent_DoesNotBlockBurstCalls()
    {
        var limiter = Limiter();
        Take(limiter, 5, RateBucket.Search);

        Assert.False(limiter.TryAcquire(RateBucket.Search, out _));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
        for (var i = 0; i < 5; i++)
            limiter.Release(RateBucket.Search);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryAcquire(RateBucket.Search, out _));
    }

    [Fact]
    public void ObserveBurstHeaders_LowerMaxThanConfigured_ShrinksTheBudget()
    {
        var limiter = Limiter(budget: 190, utilisation: 0.95);

        limiter.ObserveBurstHeaders(max: 100, remaining: null);

        Assert.Equal(95, limiter.CurrentBurstLimit);
    }

    [Fact]
    public void ObserveBurstHeaders_OtherAppsUsingTheWindow_LeavesThemTheirShareUntilTheWindowRolls()
    {
        var limiter = Limiter(budget: 190, utilisation: 0.95);
        Take(limiter, 10);

        limiter.ObserveBurstHeaders(max: 190, remaining: 100);

        Assert.Equal(100, limiter.CurrentBurstLimit);
        Take(limiter, 90);
        Assert.False(limiter.TryAcquire(RateBucket.Burst, out _));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(180, limiter.CurrentBurstLimit);
    }

    [Fact]
    public void Pause_AfterA429_RefusesThatBucketForTheDuration()
    {
        var limiter = Limiter();

        limiter.Pause(RateBucket.Burst, TimeSpan.FromSeconds(3));

        Assert.False(limiter.TryAcquire(RateBucket.Burst, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        Assert.True(limiter.TryAcquire(RateBucket.Search, out _));
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
    }

    [Fact]
    public async Task AcquireAsync_BudgetSpent_CompletesOnceTheWindowHasRolled()
    {
        var limiter = Limiter(budget: 1);
        using (await limiter.AcquireAsync(RateBucket.Burst, TestContext.Current.CancellationToken))
        {
        }

        var waiting = limiter.AcquireAsync(RateBucket.Burst, TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(10));
        using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(RateBucket.Burst, lease.Bucket);
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_ThrowsWithoutTakingAPermit()
    {
        var limiter = Limiter(budget: 1);
        Take(limiter, 1);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(RateBucket.Burst, cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        limiter.Release(RateBucket.Burst);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(limiter.TryAcquire(RateBucket.Burst, out _));
    }
}
