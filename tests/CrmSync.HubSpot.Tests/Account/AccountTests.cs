using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Account;

public sealed class AccountTests : WireMockTestBase
{
    [Fact]
    public async Task GetOwnersAsync_TwoPagesAndArchived_ReturnsAllOwnersWithArchivedFlag()
    {
        static object Owner(string id, bool archived = false) => new
        {
            id, email = $"{id}@example.com", firstName = "Rita", lastName = "Rep", userId = 9012345, type = "PERSON",
            createdAt = "2023-01-10T08:00:00Z", updatedAt = "2024-06-01T08:00:00Z", archived,
        };
        Server.Given(Request.Create().WithPath("/crm/v3/owners").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Owner("1"), Owner("2")], "3")));
        Server.Given(Request.Create().WithPath("/crm/v3/owners").UsingGet().WithParam("after", "3")).AtPriority(5)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Owner("3")], null)));
        Server.Given(Request.Create().WithPath("/crm/v3/owners").UsingGet().WithParam("archived", "true")).AtPriority(1)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Owner("4", archived: true)], null)));
        var connector = Connect();

        var owners = await connector.GetOwnersAsync(Ct);

        Assert.Equal(["1", "2", "3", "4"], owners.Select(o => o.Id));
        Assert.Equal([false, false, false, true], owners.Select(o => o.Archived));
        Assert.Equal("1@example.com", owners[0].Email);
    }

    [Fact]
    public async Task GetPipelinesAsync_DealPipeline_ParsesStringMetadataAndOrdersStages()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/pipelines/deals").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = new[]
            {
                new
                {
                    id = "default", label = "Sales Pipeline", displayOrder = 0, archived = false, createdAt = "1970-01-01T00:00:00Z", updatedAt = "2024-03-20T14:22:00.000Z",
                    stages = new[]
                    {
                        new { id = "closedwon", label = "Closed Won", displayOrder = 5, archived = false, metadata = new { isClosed = "true", probability = "1.0" } },
                        new { id = "appointmentscheduled", label = "Appointment Scheduled", displayOrder = 0, archived = false, metadata = new { isClosed = "false", probability = "0.2" } },
                        new { id = "closedlost", label = "Closed Lost", displayOrder = 6, archived = false, metadata = new { isClosed = "true", probability = "0.0" } },
                    },
                },
            },
        }));
        var connector = Connect();

        var pipeline = Assert.Single(await connector.GetPipelinesAsync("deals", Ct));

        Assert.Equal("Sales Pipeline", pipeline.Label);
        Assert.Equal(["appointmentscheduled", "closedwon", "closedlost"], pipeline.Stages.Select(s => s.Id));
        Assert.Equal(0.2, pipeline.Stages[0].Probability);
        Assert.False(pipeline.Stages[0].IsClosed);
        Assert.True(pipeline.FindStage("closedwon")!.IsWon);
        Assert.False(pipeline.FindStage("closedlost")!.IsWon);
    }
}
