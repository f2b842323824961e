using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Writes;

/// <summary>Task association type ids come from the portal's labels endpoint, read once per connector, not from constants.</summary>
public sealed class TaskAssociationTypeTests : TaskWireMockTestBase
{
    private const string TasksPath = "/crm/v3/objects/tasks";

    private static AlertTaskRequest Alert(string objectType, string recordId) => new(
        $"StaleDeal:{recordId}:2024W27", objectType, recordId, null, "CrmSync: check", "Body.", new DateTimeOffset(2024, 7, 2, 9, 0, 0, TimeSpan.Zero), AlertPriority.Low);

    private void StubTaskCreate() =>
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
        {
            id = "88001", properties = new { hs_task_status = "NOT_STARTED" }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false,
        }));

    private IEnumerable<int> SentTypeIds() =>
        Requests(TasksPath).Select(e => Body(e).GetProperty("associations")[0].GetProperty("types")[0].GetProperty("associationTypeId").GetInt32());

    [Fact]
    public async Task CreateTaskAsync_PortalListsItsOwnTypeIds_UsesThemAndAsksOncePerObjectType()
    {
        TaskLabels.Stub(Server, contacts: 1204, companies: 1192, deals: 1216);
        StubTaskCreate();
        var connector = Connect();

        await connector.CreateTaskAsync(Alert("deals", "512"), Ct);
        await connector.CreateTaskAsync(Alert("deals", "513"), Ct);
        await connector.CreateTaskAsync(Alert("contacts", "701"), Ct);

        Assert.Equal([1216, 1216, 1204], SentTypeIds());
        Assert.Single(Requests("/crm/v4/associations/tasks/deals/labels"));
        Assert.Single(Requests("/crm/v4/associations/tasks/contacts/labels"));
        Assert.Empty(Requests("/crm/v4/associations/tasks/companies/labels"));
    }

    [Fact]
    public async Task CreateTaskAsync_SeveralHubSpotDefinedTypes_TakesTheUnlabelledDefault()
    {
        Server.Given(Request.Create().WithPath("/crm/v4/associations/tasks/deals/labels").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = new object[]
            {
                new { category = "USER_DEFINED", typeId = 77, label = (string?)null },
                new { category = "HUBSPOT_DEFINED", typeId = 301, label = "Primary" },
                new { category = "HUBSPOT_DEFINED", typeId = 216, label = (string?)null },
            },
        }));
        StubTaskCreate();
        var connector = Connect();

        await connector.CreateTaskAsync(Alert("deals", "512"), Ct);

        Assert.Equal([216], SentTypeIds());
    }

    [Fact]
    public async Task CreateTaskAsync_GuidesPathAnswers404_ReadsTheSpecPath()
    {
        Server.Given(Request.Create().WithPath("/crm/v4/associations/tasks/companies/labels").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(HubSpotBodies.Error("OBJECT_NOT_FOUND", "resource not found")));
        Server.Given(Request.Create().WithPath("/crm/associations/v4/tasks/companies/labels").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = new[] { new { category = "HUBSPOT_DEFINED", typeId = 192, label = (string?)null } },
        }));
        StubTaskCreate();
        var connector = Connect();

        await connector.CreateTaskAsync(Alert("companies", "9001"), Ct);

        Assert.Equal([192], SentTypeIds());
    }

    [Fact]
    public async Task CreateTaskAsync_NoHubSpotDefinedType_FailsNamingThePairAndCreatesNothing()
    {
        Server.Given(Request.Create().WithPath("/crm/v4/associations/tasks/deals/labels").UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new { results = Array.Empty<object>() }));
        StubTaskCreate();
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.CreateTaskAsync(Alert("deals", "512"), Ct));

        Assert.Equal(CrmFailureKind.InvalidResponse, error.Kind);
        Assert.Contains("tasks to deals", error.Message);
        Assert.Empty(Requests(TasksPath));
    }
}
