using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Writes;

public sealed class TaskTests : TaskWireMockTestBase
{
    private const string TasksPath = "/crm/v3/objects/tasks";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        TaskLabels.Stub(Server);
    }

    private static AlertTaskRequest Alert(string objectType = "deals", string? owner = "64492917") => new(
        "StaleDeal:512:2024W27", objectType, "512", owner, "CrmSync: deal idle in Contract Sent for 45 days",
        "Deal 512 entered contractsent on 2024-05-18.", new DateTimeOffset(2024, 7, 2, 9, 0, 0, TimeSpan.Zero), AlertPriority.High);

    [Theory]
    [InlineData("deals", 216)]
    [InlineData("contacts", 204)]
    [InlineData("companies", 192)]
    public async Task CreateTaskAsync_Alert_PostsTaskPropertiesAndAssociation(string objectType, int associationTypeId)
    {
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
        {
            id = "88001", properties = new { hs_task_status = "NOT_STARTED" }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false,
        }));
        var connector = Connect();

        var id = await connector.CreateTaskAsync(Alert(objectType), Ct);

        Assert.Equal("88001", id);
        var body = Body(Requests(TasksPath).Single());
        var properties = body.GetProperty("properties");
        Assert.Equal("2024-07-02T09:00:00.000Z", properties.GetProperty("hs_timestamp").GetString());
        Assert.Equal("NOT_STARTED", properties.GetProperty("hs_task_status").GetString());
        Assert.Equal("HIGH", properties.GetProperty("hs_task_priority").GetString());
        Assert.Equal("TODO", properties.GetProperty("hs_task_type").GetString());
        Assert.Equal("64492917", properties.GetProperty("hubspot_owner_id").GetString());
        Assert.StartsWith("CrmSync: deal idle", properties.GetProperty("hs_task_subject").GetString());
        var association = body.GetProperty("associations")[0];
        Assert.Equal("512", association.GetProperty("to").GetProperty("id").GetString());
        Assert.Equal("HUBSPOT_DEFINED", association.GetProperty("types")[0].GetProperty("associationCategory").GetString());
        Assert.Equal(associationTypeId, association.GetProperty("types")[0].GetProperty("associationTypeId").GetInt32());
        Assert.Equal("StaleDeal:512:2024W27", properties.GetProperty("crmsync_alert_key").GetString());
    }

    [Fact]
    public async Task CreateTaskAsync_AlertKeyPropertyMissing_CreatesItInCrmSyncsGroupOnceBeforeTheFirstTask()
    {
        Server.Reset();
        Server.StubTaskProperties(alertKeyExists: false);
        TaskLabels.Stub(Server);
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
        {
            id = "88001", properties = new { }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false,
        }));
        var connector = Connect();

        await connector.CreateTaskAsync(Alert(), Ct);
        await connector.CreateTaskAsync(Alert("contacts"), Ct);

        var property = Body(Requests(TaskPropertyStubs.PropertiesPath, "POST").Single());
        Assert.Equal("crmsync_alert_key", property.GetProperty("name").GetString());
        Assert.Equal("crmsync", property.GetProperty("groupName").GetString());
        Assert.Equal(("string", "text"), (property.GetProperty("type").GetString(), property.GetProperty("fieldType").GetString()));
        Assert.Single(Requests(TaskPropertyStubs.GroupsPath, "POST"));
        Assert.Single(Requests(TaskPropertyStubs.PropertiesPath, "GET"));
        var firstTask = Requests(TasksPath, "POST")[0].RequestMessage.DateTime;
        Assert.True(Requests(TaskPropertyStubs.PropertiesPath, "POST").Single().RequestMessage.DateTime <= firstTask);
    }

    [Fact]
    public async Task CreateTaskAsync_Refused400_ThrowsRejectedSoTheCallerKnowsNoTaskExists()
    {
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(400)
            .WithBodyAsJson(HubSpotBodies.Error("VALIDATION_ERROR", "Association to deal 512 is invalid")));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmRejectedException>(() => connector.CreateTaskAsync(Alert(), Ct));

        Assert.Contains("Association to deal 512 is invalid", error.Message);
        Assert.Contains("c033cdaa", error.Message);
        Assert.Single(Requests(TasksPath));
    }

    [Fact]
    public async Task CreateTaskAsync_ServerError_IsSentExactlyOnce()
    {
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(500)
            .WithBodyAsJson(HubSpotBodies.Error("INTERNAL_ERROR", "oops")));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.CreateTaskAsync(Alert(), Ct));

        // Not a refusal: the task may have been created before the 500.
        Assert.IsNotType<CrmRejectedException>(error);
        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        Assert.Single(Requests(TasksPath));
        Assert.Equal(0, connector.Stats.Retries);
    }

    [Fact]
    public async Task CreateTaskAsync_MalformedCreatedBody_IsNotResent()
    {
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"880"""));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.CreateTaskAsync(Alert(), Ct));

        Assert.IsNotType<CrmRejectedException>(error);
        Assert.Equal(CrmFailureKind.InvalidResponse, error.Kind);
        Assert.Single(Requests(TasksPath));
    }

    [Fact]
    public async Task CreateTaskAsync_NoAnswerWithinTheAttemptTimeout_IsNotResentAndIsNoRefusal()
    {
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithDelay(TimeSpan.FromSeconds(3)).WithBodyAsJson(new { id = "88001", properties = new { }, archived = false }));
        var connector = Connect(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.CreateTaskAsync(Alert(), Ct));

        Assert.IsNotType<CrmRejectedException>(error);
        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        // WireMock logs a request once its delayed answer is written, after the client gave up.
        for (var waited = 0; waited < 100 && Requests(TasksPath).Count == 0; waited++)
            await Task.Delay(100, Ct);
        Assert.Single(Requests(TasksPath));
    }

    [Fact]
    public async Task CreateTaskAsync_TicketRecord_IsRejectedBeforeAnyCall()
    {
        var connector = Connect();

        await Assert.ThrowsAsync<ArgumentException>(() => connector.CreateTaskAsync(Alert("tickets"), Ct));

        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task GetTaskStatesAsync_MixedTasks_MapsCompletedOpenAndGone()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/tasks/batch/read").UsingPost()).RespondWith(Response.Create().WithStatusCode(207).WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[]
            {
                new { id = "1", properties = new { hs_task_status = "COMPLETED" }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false },
                new { id = "2", properties = new { hs_task_status = "NOT_STARTED" }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false },
            },
            numErrors = 1,
            errors = new[] { new { status = "error", category = "OBJECT_NOT_FOUND", message = "Could not find task 3", context = new { ids = new[] { "3" } } } },
        }));
        var connector = Connect();

        var states = await connector.GetTaskStatesAsync(["1", "2", "3"], Ct);

        Assert.Equal(CrmTaskState.Completed, states["1"]);
        Assert.Equal(CrmTaskState.Open, states["2"]);
        Assert.Equal(CrmTaskState.Gone, states["3"]);
        var body = Body(Requests("/crm/v3/objects/tasks/batch/read").Single());
        Assert.Equal("hs_task_status", body.GetProperty("properties")[0].GetString());
        Assert.Equal(0, body.GetProperty("propertiesWithHistory").GetArrayLength());
    }
}
