using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSync.Salesforce.Tests.Limits;

/// <summary>Wire-level edge cases of sessions and limits, on WireMock.</summary>
public sealed class LimitTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public LimitTests() =>
        _server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { access_token = "00D!token", instance_url = _server.Url, token_type = "Bearer" }));

    public void Dispose() => _server.Dispose();

    private static PullRequest Owners => new(CrmObjectTypes.Contacts, PullMode.Full, null, [], [], []);

    private void Describe(string limitInfo) =>
        _server.Given(Request.Create().WithPath("/services/data/v60.0/sobjects/Contact/describe").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Sforce-Limit-Info", limitInfo)
                .WithBodyAsJson(new { name = "Contact", fields = new[] { new { name = "Id", type = "id" } } }));

    [Fact]
    public async Task DailyAllocation_AtTheReserve_StopsBeforeTheNextCall()
    {
        Describe("api-usage=9500/10000; per-app-api-usage=17/250(appName=crmsync)");
        _server.Given(Request.Create().WithPath("/services/data/v60.0/queryAll").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { totalSize = 0, done = true, records = Array.Empty<object>() }));
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.ClientCredentials(_server.Url!));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, Owners));

        Assert.Equal(CrmFailureKind.DailyLimitExhausted, e.Kind);
        Assert.Contains("500 of 10,000", e.Message, StringComparison.Ordinal);
        Assert.Contains("Limits:DailyReserveShare", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.LogEntries, l => l.RequestMessage.Path.EndsWith("/queryAll", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestLimitExceeded_StopsTheJobAfterOneRequest_NoRetryStorm()
    {
        _server.Given(Request.Create().WithPath("/services/data/v60.0/sobjects/Contact/describe").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]"));
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.ClientCredentials(_server.Url!));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, Owners));
        var again = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, Owners));

        Assert.Equal(CrmFailureKind.DailyLimitExhausted, e.Kind);
        Assert.Equal(CrmFailureKind.DailyLimitExhausted, again.Kind);
        Assert.Single(_server.LogEntries, l => l.RequestMessage.Path.EndsWith("/describe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentLongRequests_AreRetriedWithBackOff()
    {
        _server.Given(Request.Create().WithPath("/services/data/v60.0/sobjects/Contact/describe").UsingGet()).InScenario("busy").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("[{\"message\":\"ConcurrentPerOrgLongTxn Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]"));
        _server.Given(Request.Create().WithPath("/services/data/v60.0/sobjects/Contact/describe").UsingGet()).InScenario("busy").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { name = "Contact", fields = new[] { new { name = "Id", type = "id" } } }));
        _server.Given(Request.Create().WithPath("/services/data/v60.0/queryAll").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { totalSize = 0, done = true, records = Array.Empty<object>() }));
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.ClientCredentials(_server.Url!));

        var pages = await SalesforceTestConnector.PullAllAsync(connector, Owners);

        Assert.Single(pages);
        Assert.Equal(2, _server.LogEntries.Count(l => l.RequestMessage.Path.EndsWith("/describe", StringComparison.Ordinal)));
        Assert.Equal(1, connector.Stats.RateLimited);
    }

    [Fact]
    public async Task InvalidSession_ReauthenticatesOnce_ThenASecond401StopsTheJob()
    {
        _server.Given(Request.Create().WithPath("/services/data/v60.0/sobjects/Contact/describe").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.ClientCredentials(_server.Url!, secret: "s3cr3t-value"));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, Owners));

        Assert.Equal(CrmFailureKind.Authentication, e.Kind);
        Assert.Equal(2, _server.LogEntries.Count(l => l.RequestMessage.Path == "/services/oauth2/token"));
        Assert.Equal(2, _server.LogEntries.Count(l => l.RequestMessage.Path.EndsWith("/describe", StringComparison.Ordinal)));
        Assert.DoesNotContain("s3cr3t-value", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("00D!token", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenRefused_IsAnAuthenticationFailureNamingTheKeys_NotTheSecret()
    {
        var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new { error = "invalid_client", error_description = "invalid client credentials" }));
        using var _ = server;
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.ClientCredentials(server.Url!, secret: "s3cr3t-value"));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, Owners));

        Assert.Equal(CrmFailureKind.Authentication, e.Kind);
        Assert.Contains("invalid_client", e.Message, StringComparison.Ordinal);
        Assert.Contains("CrmSync:Connectors:acme:Auth:ClientSecret", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", e.ToString(), StringComparison.Ordinal);
        Assert.Single(server.LogEntries);
    }

    [Theory]
    [InlineData("{\"access_token\":\"00D!tok")]
    [InlineData("{\"token_type\":\"Bearer\"}")]
    public async Task TokenAnswer200_Unreadable_IsAnInvalidResponseNotAnAuthenticationFailure(string body)
    {
        var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        using var _ = server;
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.ClientCredentials(server.Url!, secret: "s3cr3t-value"));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, Owners));

        Assert.Equal(CrmFailureKind.InvalidResponse, e.Kind);
        Assert.Contains("HTTP 200 without a readable access_token", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", e.ToString(), StringComparison.Ordinal);
    }
}
