using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Http;

public sealed class FailureTests : WireMockTestBase
{
    private const string OwnersPath = "/crm/v3/owners";

    [Fact]
    public async Task Call_401_StopsWithAuthenticationErrorNamingConnectorButNotToken()
    {
        Server.Given(Request.Create().WithPath(OwnersPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(401)
            .WithBodyAsJson(HubSpotBodies.Error("INVALID_AUTHENTICATION", "Authentication credentials not found.")));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetOwnersAsync(Ct));

        Assert.Equal(CrmFailureKind.Authentication, error.Kind);
        Assert.Contains("Connector 'acme'", error.Message);
        Assert.Contains("check the private-app token", error.Message);
        Assert.Contains("CrmSync:Connectors:acme:AccessToken", error.Message);
        Assert.DoesNotContain(TestConnector.Token, error.ToString());
        var inner = Assert.IsType<Refit.ApiException>(error.InnerException);
        Assert.Null(inner.RequestMessage?.Headers.Authorization);
        Assert.Single(Requests(OwnersPath));
    }

    [Fact]
    public async Task Call_530FromEdge_IsAnAuthenticationErrorNotRetried()
    {
        Server.Given(Request.Create().WithPath(OwnersPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(530).WithBody("<html>origin error</html>"));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetOwnersAsync(Ct));

        Assert.Equal(CrmFailureKind.Authentication, error.Kind);
        Assert.Single(Requests(OwnersPath));
    }

    [Fact]
    public async Task Call_403MissingScopes_NamesTheScope()
    {
        Server.Given(Request.Create().WithPath(OwnersPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(403).WithBodyAsJson(
            HubSpotBodies.Error("MISSING_SCOPES", "This app hasn't been granted all required scopes to make this call.",
                errors: [new { message = "One or more of the following scopes are required.", context = new { requiredGranularScopes = new[] { "crm.objects.owners.read" } } }])));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetOwnersAsync(Ct));

        Assert.Equal(CrmFailureKind.MissingScopes, error.Kind);
        Assert.Contains("crm.objects.owners.read", error.Message);
    }

    [Fact]
    public async Task Call_TruncatedJsonAfter200_IsRetriedByTheOuterPipeline()
    {
        Server.Given(Request.Create().WithPath(OwnersPath).UsingGet()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            new ResponseSequence.Step(200, """{"results":[{"id":"64492917","email":"rep@exa"""),
            ResponseSequence.Step.Json(200, new { results = new[] { new { id = "64492917", email = "rep@example.com", firstName = "Rita", lastName = "Rep", archived = false } } })).Next));
        var connector = Connect();

        var owners = await connector.GetOwnersAsync(Ct);

        Assert.Equal("rep@example.com", owners[0].Email);
        Assert.Equal(3, Requests(OwnersPath).Count);
        Assert.Equal(1, connector.Stats.Retries);
    }

    [Fact]
    public async Task Call_MalformedChunkEveryTime_StopsAsInvalidResponseAfterOuterRetries()
    {
        Server.Given(Request.Create().WithPath(OwnersPath).UsingGet()).RespondWith(Response.Create().WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetOwnersAsync(Ct));

        Assert.Equal(CrmFailureKind.InvalidResponse, error.Kind);
        Assert.Equal(3, Requests(OwnersPath).Count);
    }

    [Fact]
    public async Task Call_Empty200Body_IsRetriedThenSucceeds()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/pipelines/deals").UsingGet()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            new ResponseSequence.Step(200, null),
            ResponseSequence.Step.Json(200, new { results = Array.Empty<object>() })).Next));
        var connector = Connect();

        var pipelines = await connector.GetPipelinesAsync("deals", Ct);

        Assert.Empty(pipelines);
        Assert.Equal(2, Requests("/crm/v3/pipelines/deals").Count);
    }

    [Fact]
    public async Task Call_NoServerListening_StopsAsUnavailable()
    {
        var connector = Connect(o =>
        {
            o.BaseUrl = "http://127.0.0.1:9";
            o.MaxRetryAttempts = 1;
        });

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetOwnersAsync(Ct));

        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        Assert.Equal(6, connector.Stats.Calls);
    }
}
