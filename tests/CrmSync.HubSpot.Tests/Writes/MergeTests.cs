using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Writes;

public sealed class MergeTests : WireMockTestBase
{
    private const string MergePath = "/crm/v3/objects/contacts/merge";

    [Fact]
    public async Task MergeAsync_TwoContacts_PostsPrimaryAndMergedIds()
    {
        Server.Given(Request.Create().WithPath(MergePath).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = "701", properties = new { email = "ana@example.com" }, createdAt = "2024-06-01T08:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false,
        }));
        var connector = Connect();

        var merged = await connector.MergeAsync("contacts", "701", "702", Ct);

        Assert.Equal("701", merged.Id);
        var body = Body(Requests(MergePath).Single());
        Assert.Equal("701", body.GetProperty("primaryObjectId").GetString());
        Assert.Equal("702", body.GetProperty("objectIdToMerge").GetString());
    }

    [Fact]
    public async Task MergeAsync_AnswerWithANewId_ReturnsTheMergedRecordUnderThatIdWithCanonicalKeys()
    {
        Server.Given(Request.Create().WithPath(MergePath).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = "9001",
            properties = new Dictionary<string, string> { ["email"] = "ana@example.com", ["firstname"] = "Ana", ["hs_merged_object_ids"] = "701;702" },
            createdAt = "2024-06-01T08:00:00.000Z", updatedAt = "2024-07-01T10:00:00.000Z", archived = false,
        }));
        var connector = Connect();

        var merged = await connector.MergeAsync("contacts", "701", "702", Ct);

        Assert.Equal("9001", merged.Id);
        Assert.Equal("contacts", merged.ObjectType);
        Assert.Equal("ana@example.com", merged.Get(Core.Schema.CanonicalFields.Email));
        Assert.Equal("Ana", merged.Get(Core.Schema.CanonicalFields.FirstName));
        Assert.False(merged.Archived);
    }

    [Fact]
    public async Task MergeAsync_ServerError_IsSentExactlyOnce()
    {
        Server.Given(Request.Create().WithPath(MergePath).UsingPost()).RespondWith(Response.Create().WithStatusCode(503)
            .WithBodyAsJson(HubSpotBodies.Error("INTERNAL_ERROR", "unavailable")));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.MergeAsync("contacts", "701", "702", Ct));

        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        Assert.Single(Requests(MergePath));
        Assert.Equal(0, connector.Stats.Retries);
    }
}
