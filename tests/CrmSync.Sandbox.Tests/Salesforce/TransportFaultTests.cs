using System.Net;
using System.Text.Json;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class TransportFaultTests : SalesforceTestBase
{
    [Fact]
    public async Task ScriptedServerErrors_Answer500And503JsonAndAnHtmlPageAndChangeNothing()
    {
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");
        var before = Org.State.GetRecord(id)!["Title"];
        Org.State.InjectFault(SalesforceFault.ServerError);
        Org.State.InjectFault(SalesforceFault.ServiceUnavailable);
        Org.State.InjectFault(SalesforceFault.HtmlErrorPage);

        var results = new List<Infrastructure.ApiResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Contact/{id}", """{"Title":"Changed"}"""));
            if (i < 3)
            {
                Assert.Equal(before, Org.State.GetRecord(id)!["Title"]);
            }
        }

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent], results.Select(r => r.Status));
        Assert.Equal("UNKNOWN_EXCEPTION", results[0].Json[0].GetProperty("errorCode").GetString());
        Assert.Equal("SERVER_UNAVAILABLE", results[1].Json[0].GetProperty("errorCode").GetString());
        Assert.Equal("text/html", results[2].ContentHeaders.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", results[2].Body, StringComparison.Ordinal);
        Assert.Equal("Changed", Org.State.GetRecord(id)!["Title"]);
    }

    [Fact]
    public async Task TruncatedJson_CutsReadsButNeverWrites()
    {
        Org.State.InjectFault(SalesforceFault.TruncatedJson, count: 2);
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");

        var read = await Org.QueryAsync("SELECT Id, Name FROM Contact LIMIT 20");
        var write = await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Contact/{id}", """{"Title":"Still written"}""");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(read.Body));
        Assert.Equal(HttpStatusCode.NoContent, write.Status);
        Assert.Equal("Still written", Org.State.GetRecord(id)!["Title"]);
        Assert.Equal(1, Org.State.Stats.MalformedCount);
    }

    [Fact]
    public async Task SlowResponse_WaitsOnTheClockBeyondTheClientsTimeoutThenAnswers()
    {
        Org.State.InjectFault(SalesforceFault.SlowResponse);
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SalesforceClient.Data}/limits");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Org.Http.SendAsync(request, impatient.Token));
        Org.Clock.Advance(Org.State.Options.SlowResponseDelay);

        Assert.Equal(HttpStatusCode.OK, (await Org.GetAsync($"{SalesforceClient.Data}/limits")).Status);
    }

    [Fact]
    public async Task RandomFaults_SameSeed_SameSequenceOfStatuses()
    {
        async Task<List<HttpStatusCode>> Run()
        {
            var options = SalesforceClient.Options(records: 50);
            options.FaultRate = 0.3;
            options.MalformedRate = 0.1;
            await using var org = await SalesforceClient.StartAsync(options);
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 30; i++)
            {
                var result = await org.GetAsync($"{SalesforceClient.Data}/limits");
                statuses.Add(result.Body.EndsWith('}') || result.Status != HttpStatusCode.OK ? result.Status : HttpStatusCode.PartialContent);
            }

            return statuses;
        }

        var first = await Run();
        var second = await Run();

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.OK, first);
        Assert.Contains(first, s => (int)s >= 500);
        Assert.Contains(HttpStatusCode.PartialContent, first);
    }

    [Fact]
    public async Task RequestLog_KeepsWriteBodiesAndMasksTokenSecrets()
    {
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");
        Org.State.ClearRequestLog();

        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Contact/{id}", """{"Title":"Logged"}""");
        await Org.QueryAsync("SELECT Id FROM Contact LIMIT 1");
        await Org.AuthenticateAsync();

        var patch = Assert.Single(Org.State.FindRequests("PATCH", $"/sobjects/Contact/{id}"));
        Assert.Equal(("""{"Title":"Logged"}""", 204, "PATCH /services/data/vXX.X/sobjects/{type}/{id}"), (patch.Body, patch.Status, patch.RouteKey));
        Assert.Null(Org.State.FindRequests("GET", "/query").Single().Body);
        var token = Org.State.FindRequests("POST", "/services/oauth2/token").Single();
        Assert.Contains("client_secret=***", token.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Org.Host.ClientSecret, token.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Org.State.RequestLog, e => e.Body?.Contains(Org.AccessToken!, StringComparison.Ordinal) == true);
        Assert.Empty(Org.State.FindRequests("POST", "/sobjects/Task"));
    }
}
