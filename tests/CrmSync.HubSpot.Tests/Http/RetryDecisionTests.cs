using System.Net;
using CrmSync.HubSpot.Http;
using CrmSync.HubSpot.RateLimiting;
using CrmSync.HubSpot.Tests.Support;
using CrmSync.HubSpot.Wire;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;

namespace CrmSync.HubSpot.Tests.Http;

public sealed class RetryDecisionTests
{
    private static readonly HubSpotTuning Tuning = new();

    private static HttpRequestMessage Request(RateLimitRejection? rejection = null, bool noRetry = false, int maxRetries = 5)
    {
        var options = TestConnector.Options("https://api.hubapi.com");
        options.MaxRetryAttempts = maxRetries;
        options.Tuning = Tuning;
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.hubapi.com/crm/v3/owners");
        request.Options.Set(HubSpotHttp.Connector, new HubSpotConnectorContext("acme", options, TimeProvider.System, NullLogger.Instance));
        if (rejection is not null)
            request.Options.Set(HubSpotHttp.LastRateLimit, rejection);
        if (noRetry)
            request.Options.Set(HubSpotHttp.NoRetry, true);
        return request;
    }

    private static Outcome<HttpResponseMessage> Status(int status) => Outcome.FromResult(new HttpResponseMessage((HttpStatusCode)status));

    [Fact]
    public void Delay_429WithRetryAfter_IsRetryAfterPlusPad()
    {
        var request = Request(new RateLimitRejection(RateLimitPolicy.TenSecondlyRolling, TimeSpan.FromSeconds(3), null, null));

        Assert.Equal(TimeSpan.FromSeconds(3) + Tuning.RetryAfterPad, RetryDecision.Delay(request, Status(429), 0, new Random(1)));
    }

    [Fact]
    public void Delay_TenSecondly429WithoutRetryAfter_WaitsForTheWindowToRoll()
    {
        var request = Request(new RateLimitRejection(RateLimitPolicy.TenSecondlyRolling, null, null, null));

        Assert.Equal(Tuning.BurstWindow + Tuning.WindowPad, RetryDecision.Delay(request, Status(429), 2, new Random(1)));
    }

    [Fact]
    public void Delay_Secondly429_DoublesFromOneSecondWithJitterUpToTheCap()
    {
        var request = Request(new RateLimitRejection(RateLimitPolicy.Secondly, null, null, null));

        Assert.InRange(RetryDecision.Delay(request, Status(429), 0, new Random(1)), TimeSpan.FromSeconds(0.75), TimeSpan.FromSeconds(1.25));
        Assert.InRange(RetryDecision.Delay(request, Status(429), 2, new Random(1)), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5));
        Assert.Equal(Tuning.MaxRetryDelay, RetryDecision.Delay(request, Status(429), 10, new Random(1)));
    }

    [Fact]
    public void ShouldRetry_Secondly429_GoesOnPastMaxRetryAttemptsUpToTheSearchAllowance()
    {
        var search = Request(new RateLimitRejection(RateLimitPolicy.Secondly, null, null, null), maxRetries: 3);
        var burst = Request(new RateLimitRejection(RateLimitPolicy.TenSecondlyRolling, null, null, null), maxRetries: 3);

        Assert.True(RetryDecision.ShouldRetry(search, Status(429), 3));
        Assert.True(RetryDecision.ShouldRetry(search, Status(429), Tuning.SearchRateLimitedRetries - 1));
        Assert.False(RetryDecision.ShouldRetry(search, Status(429), Tuning.SearchRateLimitedRetries));
        Assert.False(RetryDecision.ShouldRetry(burst, Status(429), 3));
        Assert.False(RetryDecision.ShouldRetry(search, Status(503), 3));
    }

    [Fact]
    public void Delay_ServerErrors_GrowExponentiallyWithJitterUpToTheCap()
    {
        var request = Request();
        var random = new Random(42);

        var first = RetryDecision.Delay(request, Status(503), 0, random);
        var third = RetryDecision.Delay(request, Status(503), 2, random);

        Assert.InRange(first, Tuning.ServerErrorBaseDelay * 0.5, Tuning.ServerErrorBaseDelay * 1.5);
        Assert.InRange(third, Tuning.ServerErrorBaseDelay * 4 * 0.5, Tuning.ServerErrorBaseDelay * 4 * 1.5);
        Assert.Equal(Tuning.MaxRetryDelay, RetryDecision.Delay(request, Status(503), 16, random));
    }

    [Fact]
    public void Delay_Locked_WaitsAtLeastTwoSeconds() =>
        Assert.True(RetryDecision.Delay(Request(), Status(423), 0, new Random(1)) >= TimeSpan.FromSeconds(2));

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(408, true)]
    [InlineData(423, true)]
    [InlineData(530, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    public void ShouldRetry_ByStatus(int status, bool expected) =>
        Assert.Equal(expected, RetryDecision.ShouldRetry(Request(), Status(status), 0));

    [Fact]
    public void ShouldRetry_Daily429_IsFalseButTenSecondly429IsTrue()
    {
        Assert.False(RetryDecision.ShouldRetry(Request(new RateLimitRejection(RateLimitPolicy.Daily, null, null, null)), Status(429), 0));
        Assert.True(RetryDecision.ShouldRetry(Request(new RateLimitRejection(RateLimitPolicy.TenSecondlyRolling, null, null, null)), Status(429), 0));
    }

    [Fact]
    public void ShouldRetry_NoRetryFlagOrAttemptsSpent_IsFalse()
    {
        Assert.False(RetryDecision.ShouldRetry(Request(noRetry: true), Status(503), 0));
        Assert.False(RetryDecision.ShouldRetry(Request(maxRetries: 2), Status(503), 2));
        Assert.True(RetryDecision.ShouldRetry(Request(maxRetries: 2), Status(503), 1));
    }

    [Fact]
    public void ShouldRetry_TransportFailures_AreRetriedButOtherExceptionsAreNot()
    {
        Assert.True(RetryDecision.ShouldRetry(Request(), Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), 0));
        Assert.True(RetryDecision.ShouldRetry(Request(), Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), 0));
        Assert.False(RetryDecision.ShouldRetry(Request(), Outcome.FromException<HttpResponseMessage>(new OperationCanceledException()), 0));
    }

    [Theory]
    [InlineData("DAILY", null, "Daily")]
    [InlineData("TEN_SECONDLY_ROLLING", null, "TenSecondlyRolling")]
    [InlineData(null, "You have reached your secondly limit.", "Secondly")]
    [InlineData(null, "You have reached your daily limit.", "Daily")]
    [InlineData(null, null, "Unknown")]
    public void Classify_RateLimitBody_ReadsPolicyNameThenMessage(string? policyName, string? message, string expected) =>
        Assert.Equal(Enum.Parse<RateLimitPolicy>(expected), RateLimitRejectionReader.Classify(new HsError { PolicyName = policyName, Message = message, Category = "RATE_LIMITS" }, RateBucket.Burst));

    [Fact]
    public void Classify_Unlabelled429OnSearch_IsSecondly() =>
        Assert.Equal(RateLimitPolicy.Secondly, RateLimitRejectionReader.Classify(null, RateBucket.Search));
}
