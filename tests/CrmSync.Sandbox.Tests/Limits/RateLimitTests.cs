using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Limits;

public sealed class RateLimitTests
{
    private const string List = "/crm/v3/objects/contacts";
    private const string Search = "/crm/v3/objects/contacts/search";
    private readonly FakeTimeProvider clock = new(SandboxClient.Start);

    [Fact]
    public async Task Get_BurstExhausted_Returns429TenSecondlyWithHeaders()
    {
        await using var api = await Start(burst: 3);

        var allowed = new List<ApiResult>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await api.GetAsync(List));
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        var rejected = await api.GetAsync(List);

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(["2", "1", "0"], allowed.Select(r => r.Header("X-HubSpot-RateLimit-Remaining")));
        Assert.Equal("3", allowed[0].Header("X-HubSpot-RateLimit-Max"));
        Assert.Equal("10000", allowed[0].Header("X-HubSpot-RateLimit-Interval-Milliseconds"));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.Status);
        Assert.Equal("TEN_SECONDLY_ROLLING", rejected.Json.GetProperty("policyName").GetString());
        Assert.Equal("RATE_LIMIT", rejected.Json.GetProperty("errorType").GetString());
        Assert.Equal("You have reached your ten_secondly_rolling limit.", rejected.Json.GetProperty("message").GetString());
        Assert.True(rejected.Json.TryGetProperty("requestId", out _));
        Assert.Equal("0", rejected.Header("X-HubSpot-RateLimit-Remaining"));
        Assert.False(rejected.HasHeader("Retry-After"));
        Assert.Equal(1, api.Host.Stats.RateLimitedCount);
    }

    [Fact]
    public async Task Get_AfterWindowRolls_RejectedRequestsConsumedNoBudget()
    {
        await using var api = await Start(burst: 3);
        for (var i = 0; i < 3; i++)
        {
            await api.GetAsync(List);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        await api.GetAsync(List);
        clock.Advance(TimeSpan.FromSeconds(9));

        // The three admitted requests left the window; had the 429 counted, only two would fit now.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await api.GetAsync(List)).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData(RetryAfterMode.Seconds, "9")]
    [InlineData(RetryAfterMode.HttpDate, "Fri, 14 Mar 2025 09:00:10 GMT")]
    public async Task Get_Rejected_SendsRetryAfterPerMode(RetryAfterMode mode, string expected)
    {
        await using var api = await Start(burst: 1, retryAfter: mode);
        await api.GetAsync(List);
        clock.Advance(TimeSpan.FromSeconds(1));

        var rejected = await api.GetAsync(List);

        Assert.Equal(expected, rejected.Header("Retry-After"));
    }

    [Fact]
    public async Task Search_OverPerSecondLimit_Returns429SecondlyWithoutHeadersAndSparesBurst()
    {
        await using var api = await Start(burst: 2, search: 2);

        var first = await api.PostAsync(Search, "{}");
        await api.PostAsync(Search, "{}");
        var rejected = await api.PostAsync(Search, "{}");
        var listA = await api.GetAsync(List);
        var listB = await api.GetAsync(List);
        clock.Advance(TimeSpan.FromSeconds(1));
        var again = await api.PostAsync(Search, "{}");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.Status);
        Assert.Equal("You have reached your secondly limit.", rejected.Json.GetProperty("message").GetString());
        Assert.Equal("RATE_LIMIT", rejected.Json.GetProperty("errorType").GetString());
        Assert.False(rejected.Json.TryGetProperty("policyName", out _));
        Assert.False(rejected.HasHeader("X-HubSpot-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, listA.Status);
        Assert.Equal(HttpStatusCode.OK, listB.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task Get_DailyLimitReached_Returns429DailyUntilMidnight()
    {
        await using var api = await Start(daily: 2);
        var first = await api.GetAsync(List);
        await api.PostAsync(Search, "{}");

        var rejected = await api.GetAsync(List);
        clock.SetUtcNow(new DateTimeOffset(2025, 3, 15, 0, 0, 0, TimeSpan.Zero));
        var nextDay = await api.GetAsync(List);

        Assert.Equal("2", first.Header("X-HubSpot-RateLimit-Daily"));
        Assert.Equal("1", first.Header("X-HubSpot-RateLimit-Daily-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.Status);
        Assert.Equal("DAILY", rejected.Json.GetProperty("policyName").GetString());
        Assert.Equal("You have reached your daily limit.", rejected.Json.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, nextDay.Status);
        Assert.Equal("1", nextDay.Header("X-HubSpot-RateLimit-Daily-Remaining"));
    }

    [Fact]
    public async Task Get_HeadersSwitchedOff_SendsNoRateLimitHeaders()
    {
        var options = Options(burst: 5);
        options.RateLimitHeaders = false;
        await using var api = await SandboxClient.StartAsync(options);

        var result = await api.GetAsync(List);

        Assert.DoesNotContain(result.Headers, h => h.Key.StartsWith("X-HubSpot", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_DailyResetInPortalTimeZone_FollowsLocalMidnight()
    {
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+10", TimeSpan.FromHours(10), "UTC+10", "UTC+10"));
        await using var api = await Start(daily: 1);
        await api.GetAsync(List);

        clock.SetUtcNow(new DateTimeOffset(2025, 3, 14, 13, 59, 0, TimeSpan.Zero));
        var beforeMidnight = await api.GetAsync(List);
        clock.SetUtcNow(new DateTimeOffset(2025, 3, 14, 14, 0, 0, TimeSpan.Zero));
        var afterMidnight = await api.GetAsync(List);

        Assert.Equal(HttpStatusCode.TooManyRequests, beforeMidnight.Status);
        Assert.Equal(HttpStatusCode.OK, afterMidnight.Status);
    }

    private SandboxOptions Options(int burst = 0, int search = 0, long daily = 0, RetryAfterMode retryAfter = RetryAfterMode.None)
    {
        var options = SandboxClient.Options(records: 50, clock: clock);
        options.BurstLimitPer10Seconds = burst;
        options.SearchLimitPerSecond = search;
        options.DailyLimit = daily;
        options.RetryAfter = retryAfter;
        return options;
    }

    private Task<SandboxClient> Start(int burst = 0, int search = 0, long daily = 0, RetryAfterMode retryAfter = RetryAfterMode.None) =>
        SandboxClient.StartAsync(Options(burst, search, daily, retryAfter));
}
