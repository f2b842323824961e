using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Writes;

/// <summary>What alert budgets need of HubSpot tasks: a digest task with no record, its text updated in place, DEFERRED read back, record links.</summary>
public sealed class DigestTaskTests : TaskWireMockTestBase
{
    private const string TasksPath = "/crm/v3/objects/tasks";

    [Fact]
    public async Task CreateTaskAsync_NoRecord_SendsNoAssociation()
    {
        Server.Given(Request.Create().WithPath(TasksPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
        {
            id = "88002", properties = new { }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false,
        }));
        var connector = Connect();

        var id = await connector.CreateTaskAsync(new("crmsync_digest:7:2024-07-01", "", "", "7", "CrmSync: 2 items to review", "- a\n- b",
            new DateTimeOffset(2024, 7, 2, 9, 0, 0, TimeSpan.Zero), AlertPriority.Medium), Ct);

        Assert.Equal("88002", id);
        var body = Body(Requests(TasksPath).Single());
        Assert.Equal(0, body.GetProperty("associations").GetArrayLength());
        Assert.Equal("crmsync_digest:7:2024-07-01", body.GetProperty("properties").GetProperty("crmsync_alert_key").GetString());
    }

    [Fact]
    public async Task UpdateTaskTextAsync_PatchesSubjectAndBodyOnly()
    {
        Server.Given(Request.Create().WithPath($"{TasksPath}/88002").UsingPatch()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = "88002", properties = new { }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T11:00:00.000Z", archived = false,
        }));
        var connector = Connect();

        await connector.UpdateTaskTextAsync("88002", "CrmSync: 1 item to review", "- b", Ct);

        var properties = Body(Requests($"{TasksPath}/88002", "PATCH").Single()).GetProperty("properties");
        Assert.Equal(["hs_task_body", "hs_task_subject"], properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("CrmSync: 1 item to review", "- b"), (properties.GetProperty("hs_task_subject").GetString(), properties.GetProperty("hs_task_body").GetString()));
    }

    [Fact]
    public async Task UpdateTaskTextAsync_TaskGone_IsRejected()
    {
        Server.Given(Request.Create().WithPath($"{TasksPath}/404").UsingPatch()).RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(new
        {
            status = "error", category = "OBJECT_NOT_FOUND", message = "resource not found",
        }));

        await Assert.ThrowsAsync<CrmRejectedException>(() => Connect().UpdateTaskTextAsync("404", "s", "b", Ct));
    }

    [Fact]
    public async Task GetTaskStatesAsync_Deferred_IsDeferred()
    {
        Server.Given(Request.Create().WithPath($"{TasksPath}/batch/read").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[] { new { id = "1", properties = new { hs_task_status = "DEFERRED" }, createdAt = "2024-07-01T10:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false } },
        }));

        var states = await Connect().GetTaskStatesAsync(["1"], Ct);

        Assert.Equal(CrmTaskState.Deferred, states["1"]);
    }

    [Fact]
    public async Task RecordLinkAsync_WithPortalId_LinksTheRecordPage_WithoutIt_None()
    {
        var linked = Connect(o => (o.PortalId, o.AppUrl) = ("4242", "https://app-eu1.hubspot.com/"));

        Assert.Equal("https://app-eu1.hubspot.com/contacts/4242/record/0-3/512", await linked.RecordLinkAsync("deals", "512", Ct));
        Assert.Equal("https://app-eu1.hubspot.com/contacts/4242/record/0-1/7", await linked.RecordLinkAsync("contacts", "7", Ct));
        Assert.Null(await Connect().RecordLinkAsync("deals", "512", Ct));
    }
}
