using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Writes;

public sealed class TaskFinderTests : TaskWireMockTestBase
{
    private const string SearchPath = "/crm/v3/objects/tasks/search";

    private static object Task(string id, string key, string status = "NOT_STARTED") => new
    {
        id,
        properties = new Dictionary<string, string> { ["crmsync_alert_key"] = key, ["hs_task_status"] = status },
        createdAt = "2024-07-01T10:00:00.000Z",
        updatedAt = "2024-07-01T10:00:00.000Z",
        archived = false,
    };

    [Fact]
    public async Task FindTasksByAlertKeyAsync_Keys_SearchesTasksWithAnInFilterOnTheAlertKeyAndPages()
    {
        Server.Given(Request.Create().WithPath(SearchPath).UsingPost()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            ResponseSequence.Step.Json(200, new { total = 3, results = new[] { Task("88001", "k1"), Task("88002", "k2", "COMPLETED") }, paging = new { next = new { after = "2" } } }),
            // Search matches tokens: a task whose key only contains an asked key is not one of them.
            ResponseSequence.Step.Json(200, new { total = 3, results = new[] { Task("88003", "k1:other") } })).Next));
        var connector = Connect();

        var found = await connector.FindTasksByAlertKeyAsync(["k1", "k2", "k3"], Ct);

        Assert.Equal(
            [new FoundTask("k1", "88001", CrmTaskState.Open, new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero)),
             new FoundTask("k2", "88002", CrmTaskState.Completed, new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero))],
            found);
        var requests = Requests(SearchPath).Select(Body).ToList();
        Assert.Equal(2, requests.Count);
        var filter = requests[0].GetProperty("filterGroups")[0].GetProperty("filters")[0];
        Assert.Equal("crmsync_alert_key", filter.GetProperty("propertyName").GetString());
        Assert.Equal("IN", filter.GetProperty("operator").GetString());
        Assert.Equal(["k1", "k2", "k3"], filter.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.False(filter.TryGetProperty("value", out _));
        Assert.Equal("2", requests[1].GetProperty("after").GetString());
    }

    [Fact]
    public async Task FindTasksByAlertKeyAsync_250Keys_AsksAtMost100KeysPerQuery()
    {
        Server.Given(Request.Create().WithPath(SearchPath).UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new { total = 0, results = Array.Empty<object>() }));
        var connector = Connect();

        var found = await connector.FindTasksByAlertKeyAsync(Enumerable.Range(0, 250).Select(i => $"k{i}").ToList(), Ct);

        Assert.Empty(found);
        Assert.Equal([100, 100, 50], Requests(SearchPath).Select(r => Body(r).GetProperty("filterGroups")[0].GetProperty("filters")[0].GetProperty("values").GetArrayLength()));
    }

    [Fact]
    public async Task FindTasksByAlertKeyAsync_LongKeys_KeepsEverySearchBodyUnder3000CharactersAndAsksEveryKeyOnce()
    {
        Server.Given(Request.Create().WithPath(SearchPath).UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new { total = 0, results = Array.Empty<object>() }));
        var connector = Connect();
        // Real keys name the rule, the record and the stage visit: about 50 characters each, some with characters JSON escapes.
        var keys = Enumerable.Range(0, 120).Select(i => $"stage_age_exceeded:deals:{3_000_000_000L + i}:\"appointmentscheduled\":2026-12-04").ToList();

        await connector.FindTasksByAlertKeyAsync(keys, Ct);

        var bodies = Requests(SearchPath).Select(r => r.RequestMessage.Body!).ToList();
        Assert.True(bodies.Count > 1);
        Assert.All(bodies, body => Assert.True(body.Length < 3_000, $"a search body has {body.Length} characters"));
        Assert.Equal(keys, bodies.SelectMany(b => System.Text.Json.JsonDocument.Parse(b).RootElement
            .GetProperty("filterGroups")[0].GetProperty("filters")[0].GetProperty("values").EnumerateArray().Select(v => v.GetString()!)));
    }

    [Fact]
    public async Task FindTasksByAlertKeyAsync_NoKeys_CallsNothing()
    {
        var connector = Connect();

        Assert.Empty(await connector.FindTasksByAlertKeyAsync([], Ct));

        Assert.Empty(Server.LogEntries);
    }
}
