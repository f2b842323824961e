using CrmSync.HubSpot.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.HubSpot.Tests.RateLimiting;

public sealed class RollingWindowTests
{
    private static readonly TimeSpan HubSpotWindow = TimeSpan.FromSeconds(10);

    private static (HubSpotRateLimiter Limiter, FakeTimeProvider Time) DefaultLimiter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero));
        var options = new HubSpotConnectorOptions();
        return (new HubSpotRateLimiter(time, RateLimiterSettings.From(options)), time);
    }

    [Fact]
    public void Limiter_DefaultOptionsAgainstServerEnforcingExactly190_SustainsOver90PercentWithNo429()
    {
        var (limiter, time) = DefaultLimiter();
        var simulation = new RollingWindowSimulation(190, HubSpotWindow, workers: 8, r => TimeSpan.FromMilliseconds(5 + r.Next(40)));

        simulation.Run(limiter, time, TimeSpan.FromMinutes(3));

        Assert.Equal(0, simulation.Rejected);
        var steadyRate = simulation.AcceptedAfter(TimeSpan.FromSeconds(20)) / 160.0;
        Assert.True(steadyRate >= 0.9 * 19.0, $"sustained {steadyRate:F2} req/s, ceiling 19 req/s");
    }

    [Fact]
    public void Limiter_WildlyVaryingLatency_NeverExceedsTheServerWindow()
    {
        var (limiter, time) = DefaultLimiter();
        var simulation = new RollingWindowSimulation(190, HubSpotWindow, workers: 64, r => TimeSpan.FromMilliseconds(1 + r.Next(2_000)));

        simulation.Run(limiter, time, TimeSpan.FromMinutes(3), seed: 11);

        Assert.Equal(0, simulation.Rejected);
        Assert.True(simulation.Accepted > 1_000, $"only {simulation.Accepted} accepted");
    }

    [Fact]
    public void Limiter_ServerEnforcingFullBudgetWithFullUtilisation_StillNever429s()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero));
        var options = new HubSpotConnectorOptions { RateLimit = { BurstPer10Seconds = 100, Utilisation = 1.0 } };
        var limiter = new HubSpotRateLimiter(time, RateLimiterSettings.From(options));
        var simulation = new RollingWindowSimulation(100, HubSpotWindow, workers: 16, r => TimeSpan.FromMilliseconds(r.Next(300)));

        simulation.Run(limiter, time, TimeSpan.FromMinutes(2), seed: 3);

        Assert.Equal(0, simulation.Rejected);
        Assert.True(simulation.AcceptedAfter(TimeSpan.FromSeconds(20)) / 100.0 >= 0.9 * 10.0);
    }
}
