using System.Net;
using CrmSync.Sandbox.Faults;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Tasks;

/// <summary>Tasks found by a custom alert-key property through search, with HubSpot's index lag; faults after a create.</summary>
public sealed class TaskKeySearchTests : SandboxTestBase
{
    private const string Tasks = "/crm/v3/objects/tasks";
    private readonly FakeTimeProvider clock = new(SandboxClient.Start);

    internal override SandboxOptions CreateOptions()
    {
        var options = SandboxClient.Options(clock: clock);
        options.SearchIndexLag = TimeSpan.FromSeconds(2);
        return options;
    }

    private async Task<string> CreateTaskAsync(string key)
    {
        var result = await Api.PostAsync(Tasks, TaskBody(key));
        Assert.Equal(HttpStatusCode.Created, result.Status);
        return result.Json.GetProperty("id").GetString()!;
    }

    private static string TaskBody(string key) =>
        $$"""{"properties":{"hs_timestamp":"1742461200000","hs_task_subject":"alert {{key}}","crmsync_alert_key":"{{key}}"},"associations":[]}""";

    private Task<ApiResult> SearchAsync(params string[] keys) => Api.PostAsync($"{Tasks}/search",
        $$"""{"filterGroups":[{"filters":[{"propertyName":"crmsync_alert_key","operator":"IN","values":[{{string.Join(",", keys.Select(k => $"\"{k}\""))}}]}]}],"properties":["crmsync_alert_key"],"limit":200}""");

    /// <summary>The id a create answer carries, or null when the body is not readable JSON or has none.</summary>
    private static string? IdIn(ApiResult result)
    {
        try
        {
            return result.Json.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private async Task CreateAlertKeyPropertyAsync()
    {
        var result = await Api.PostAsync("/crm/v3/properties/tasks",
            """{"name":"crmsync_alert_key","label":"CrmSync alert key","type":"string","fieldType":"text","groupName":"task"}""");
        Assert.Equal(HttpStatusCode.Created, result.Status);
    }

    [Fact]
    public async Task Search_TaskJustCreated_MissingUntilTheIndexLagHasPassed()
    {
        await CreateAlertKeyPropertyAsync();
        var id = await CreateTaskAsync("stage_age_exceeded:deals:1:proposal:2025-03-01");
        await CreateTaskAsync("other");

        var early = await SearchAsync("stage_age_exceeded:deals:1:proposal:2025-03-01");
        clock.Advance(TimeSpan.FromSeconds(2));
        var later = await SearchAsync("stage_age_exceeded:deals:1:proposal:2025-03-01");

        Assert.Equal(0, early.Json.GetProperty("total").GetInt32());
        Assert.Equal([id], later.ResultIds);
        Assert.Equal("stage_age_exceeded:deals:1:proposal:2025-03-01", later.Property(0, "crmsync_alert_key"));
    }

    [Fact]
    public async Task Create_AlertKeyPropertyNotCreated_Returns400PropertyDoesntExist()
    {
        var result = await Api.PostAsync(Tasks, TaskBody("k1"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("PROPERTY_DOESNT_EXIST", result.Body);
        Assert.Empty(State.ListTasks());
    }

    [Theory]
    [InlineData(CommitFault.ServerError, HttpStatusCode.InternalServerError)]
    [InlineData(CommitFault.MalformedBody, HttpStatusCode.Created)]
    public async Task FailAfterCommit_TaskCreate_TheTaskExistsButTheAnswerSaysOtherwise(CommitFault fault, HttpStatusCode status)
    {
        await CreateAlertKeyPropertyAsync();
        State.FailAfterCommit("POST", "/objects/tasks$", fault);

        var first = await Api.PostAsync(Tasks, TaskBody("k1"));
        var second = await Api.PostAsync(Tasks, TaskBody("k2"));

        Assert.Equal(status, first.Status);
        Assert.Null(IdIn(first));
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(["k1", "k2"], State.ListTasks().Select(t => t.Properties["crmsync_alert_key"]));
    }

    [Fact]
    public async Task FailAfterCommit_DropConnection_ClientGetsNoAnswerAndTheTaskExists()
    {
        await CreateAlertKeyPropertyAsync();
        State.FailAfterCommit("POST", "/objects/tasks$", CommitFault.DropConnection);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Api.PostAsync(Tasks, TaskBody("k1")));

        Assert.Equal("k1", Assert.Single(State.ListTasks()).Properties["crmsync_alert_key"]);
        Assert.Equal(201, Assert.Single(State.FindRequests("POST", Tasks)).Status);
    }
}
