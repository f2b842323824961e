using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Tasks;

public sealed class TaskCreateTests : SandboxTestBase
{
    private const string Tasks = "/crm/v3/objects/tasks";

    [Fact]
    public async Task Create_WithDealAssociation_Returns201AndLinksBothDirections()
    {
        var owner = State.OwnerIds[2];
        var body = $$$"""
            {"properties":{"hs_timestamp":"2025-03-20T09:00:00.000Z","hs_task_subject":"CrmSync: deal idle","hs_task_body":"Deal idle for 45 days",
                           "hs_task_status":"NOT_STARTED","hs_task_priority":"HIGH","hs_task_type":"TODO","hubspot_owner_id":"{{{owner}}}"},
             "associations":[{"to":{"id":"{{{Ids.Deal(4)}}}"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":216}]}]}
            """;

        var result = await Api.PostAsync(Tasks, body);

        Assert.Equal(HttpStatusCode.Created, result.Status);
        var task = Assert.Single(State.ListTasks());
        Assert.Equal(result.Json.GetProperty("id").GetString(), task.Id);
        Assert.Equal(("CrmSync: deal idle", "NOT_STARTED", "HIGH", owner), (task.Subject, task.Status, task.Priority, task.OwnerId));
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 9, 0, 0, TimeSpan.Zero), task.DueAt);
        var association = Assert.Single(task.Associations);
        Assert.Equal(("deals", Ids.Deal(4)), (association.ObjectType, association.Id));
        var fromDeal = await Api.GetAsync($"/crm/v4/objects/deals/{Ids.Deal(4)}/associations/tasks");
        Assert.Equal(long.Parse(task.Id, System.Globalization.CultureInfo.InvariantCulture), fromDeal.Results[0].GetProperty("toObjectId").GetInt64());
        Assert.Equal(215, fromDeal.Results[0].GetProperty("associationTypes")[0].GetProperty("typeId").GetInt32());
        Assert.Single(State.FindRequests("POST", Tasks));
    }

    [Fact]
    public async Task Create_WithoutTimestamp_Returns400AndCreatesNothing()
    {
        var result = await Api.PostAsync(Tasks, """{"properties":{"hs_task_subject":"no due date"},"associations":[]}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("hs_timestamp", result.Json.GetProperty("errors")[0].GetProperty("in").GetString());
        Assert.Empty(State.ListTasks());
    }

    [Theory]
    [InlineData("hs_task_status", "DONE")]
    [InlineData("hs_task_priority", "URGENT")]
    [InlineData("hs_task_type", "MEETING")]
    [InlineData("hubspot_owner_id", "123")]
    public async Task Create_InvalidEnumeration_Returns400(string property, string value)
    {
        var result = await Api.PostAsync(Tasks, $$"""{"properties":{"hs_timestamp":"1742461200000","{{property}}":"{{value}}"},"associations":[]}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(property, result.Json.GetProperty("context").GetProperty("propertyName")[0].GetString());
    }

    [Fact]
    public async Task Create_AssociationToMissingRecord_Returns400()
    {
        var result = await Api.PostAsync(Tasks,
            """{"properties":{"hs_timestamp":"1742461200000"},"associations":[{"to":{"id":"3999999999"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":216}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Empty(State.ListTasks());
    }

    [Fact]
    public async Task SetTaskStatus_Completed_ShowsInApiWithCompletionDate()
    {
        var created = await Api.PostAsync(Tasks, """{"properties":{"hs_timestamp":"1742461200000"},"associations":[]}""");
        var id = created.Json.GetProperty("id").GetString()!;

        State.SetTaskStatus(id, "COMPLETED");
        var read = await Api.PostAsync($"{Tasks}/batch/read", $$"""{"inputs":[{"id":"{{id}}"}],"properties":["hs_task_status","hs_task_completion_date"],"propertiesWithHistory":[]}""");

        Assert.Equal("COMPLETED", read.Property(0, "hs_task_status"));
        Assert.NotNull(read.Property(0, "hs_task_completion_date"));
        Assert.Throws<ArgumentException>(() => State.SetTaskStatus(id, "FINISHED"));
    }

    [Fact]
    public async Task Create_NoStatusOrType_DefaultsToNotStartedTodo()
    {
        await Api.PostAsync(Tasks, """{"properties":{"hs_timestamp":"1742461200000"},"associations":[]}""");

        var task = Assert.Single(State.ListTasks());
        Assert.Equal(("NOT_STARTED", "TODO"), (task.Status, task.TaskType));
    }
}
