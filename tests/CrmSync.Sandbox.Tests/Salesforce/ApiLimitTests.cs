using System.Net;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class ApiLimitTests : SalesforceTestBase
{
    internal override SalesforceOrgOptions CreateOptions()
    {
        var options = SalesforceClient.Options();
        options.DailyApiLimit = 5;
        options.TokenLifetime = TimeSpan.FromDays(3);
        options.LongRequestLimit = 2;
        options.LongRequestThreshold = TimeSpan.FromSeconds(20);
        options.SlowResponseDelay = TimeSpan.FromSeconds(60);
        return options;
    }

    [Fact]
    public async Task EveryDataAnswer_CarriesSforceLimitInfoCountingUp()
    {
        var ok = await Org.GetAsync($"{SalesforceClient.Data}/limits");
        var bad = await Org.QueryAsync("SELECT Nope FROM Contact");
        var missing = await Org.GetAsync($"{SalesforceClient.Data}/nothing/here");
        var versions = await Org.GetAsync("/services/data");

        Assert.Equal((HttpStatusCode.OK, "api-usage=1/5"), (ok.Status, ok.Header("Sforce-Limit-Info")));
        Assert.Equal((HttpStatusCode.BadRequest, "api-usage=2/5"), (bad.Status, bad.Header("Sforce-Limit-Info")));
        Assert.Equal((HttpStatusCode.NotFound, "api-usage=3/5"), (missing.Status, missing.Header("Sforce-Limit-Info")));
        Assert.Equal("NOT_FOUND", missing.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.OK, versions.Status);
        Assert.Null(versions.Header("Sforce-Limit-Info"));
        Assert.Equal("60.0", versions.Json.EnumerateArray().Last().GetProperty("version").GetString());
        var limits = await Org.GetAsync($"{SalesforceClient.Data}/limits");
        Assert.Equal(5, limits.Json.GetProperty("DailyApiRequests").GetProperty("Max").GetInt32());
        Assert.Equal(1, limits.Json.GetProperty("DailyApiRequests").GetProperty("Remaining").GetInt32());
    }

    [Fact]
    public async Task DailyAllocationUsedUp_Returns403RequestLimitExceededWithoutRetryAfterUntilTheRollingDayFrees()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Org.GetAsync($"{SalesforceClient.Data}/sobjects")).Status);
            Org.Clock.Advance(TimeSpan.FromHours(1));
        }

        var refused = await Org.QueryAsync("SELECT Id FROM Contact");
        // The first call was 5 h before the refusal: it leaves the rolling 24 hours 19 h later, not before.
        Org.Clock.Advance(TimeSpan.FromHours(18));
        var stillRefused = await Org.QueryAsync("SELECT Id FROM Contact");
        Org.Clock.Advance(TimeSpan.FromMinutes(61));
        var freed = await Org.QueryAsync("SELECT Id FROM Contact");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("""[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""", refused.Body);
        Assert.False(refused.HasHeader("Retry-After"));
        Assert.Equal("api-usage=5/5", refused.Header("Sforce-Limit-Info"));
        Assert.Equal(HttpStatusCode.Forbidden, stillRefused.Status);
        Assert.Equal(HttpStatusCode.OK, freed.Status);
        Assert.Equal("api-usage=5/5", freed.Header("Sforce-Limit-Info"));
        Assert.DoesNotContain(Org.State.Stats.RequestsByRoute, r => r.Key.Contains("429", StringComparison.Ordinal));
        Assert.Equal(0, Org.State.Stats.RateLimitedCount);
    }

    [Fact]
    public async Task LongRunningRequests_AtTheConcurrencyLimit_RefuseTheNextWith403ConcurrentPerOrgLongTxn()
    {
        Org.State.InjectFault(SalesforceFault.SlowResponse, count: 2, pathContains: "/sobjects");
        var slow = new[] { Org.GetAsync($"{SalesforceClient.Data}/sobjects"), Org.GetAsync($"{SalesforceClient.Data}/sobjects") };
        while (Org.State.Gate.InFlight < 2)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Org.Clock.Advance(TimeSpan.FromSeconds(25));
        var refused = await Org.GetAsync($"{SalesforceClient.Data}/limits");
        Org.Clock.Advance(TimeSpan.FromSeconds(40));
        var finished = await Task.WhenAll(slow);
        var after = await Org.GetAsync($"{SalesforceClient.Data}/limits");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("REQUEST_LIMIT_EXCEEDED", refused.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal("ConcurrentPerOrgLongTxn Limit exceeded.", refused.Json[0].GetProperty("message").GetString());
        Assert.All(finished, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }
}
