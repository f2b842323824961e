using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Batch;

public sealed class BatchEndpointTests : SandboxTestBase
{
    private const string PropertyCreate = """{"name":"crmsync_health","label":"Health","type":"number","fieldType":"number","groupName":"dealinformation"}""";

    [Fact]
    public async Task BatchUpdate_SomeIdsUnknown_Returns207WithContextIds()
    {
        await Api.PostAsync("/crm/v3/properties/deals", PropertyCreate);
        var body = $$$"""
            {"inputs":[{"id":"{{{Ids.Deal(1)}}}","objectWriteTraceId":"sr-1","properties":{"crmsync_health":"72"}},
                       {"id":"999","objectWriteTraceId":"sr-2","properties":{"crmsync_health":"40"}}]}
            """;

        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/update", body);

        Assert.Equal(HttpStatusCode.MultiStatus, result.Status);
        Assert.Equal("COMPLETE", result.Json.GetProperty("status").GetString());
        Assert.Equal(1, result.Json.GetProperty("numErrors").GetInt32());
        var error = result.Json.GetProperty("errors")[0];
        Assert.Equal("OBJECT_NOT_FOUND", error.GetProperty("category").GetString());
        Assert.Equal("999", error.GetProperty("context").GetProperty("ids")[0].GetString());
        Assert.Equal([Ids.Deal(1)], result.ResultIds);
        Assert.Equal("sr-1", result.Results[0].GetProperty("objectWriteTraceId").GetString());
        Assert.Equal("72", State.GetPropertyValue("deals", Ids.Deal(1), "crmsync_health"));
    }

    [Fact]
    public async Task BatchUpdate_AllKnown_Returns200WithoutErrors()
    {
        await Api.PostAsync("/crm/v3/properties/deals", PropertyCreate);

        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/update",
            $$$"""{"inputs":[{"id":"{{{Ids.Deal(1)}}}","properties":{"crmsync_health":"1"}},{"id":"{{{Ids.Deal(2)}}}","properties":{"crmsync_health":"2"}}]}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.False(result.Json.TryGetProperty("errors", out _));
        Assert.Equal(2, result.Results.Count);
    }

    [Fact]
    public async Task BatchUpdate_UnknownProperty_Returns400AndWritesNothing()
    {
        await Api.PostAsync("/crm/v3/properties/deals", PropertyCreate);
        var body = $$$"""
            {"inputs":[{"id":"{{{Ids.Deal(1)}}}","properties":{"crmsync_health":"72"}},
                       {"id":"{{{Ids.Deal(2)}}}","properties":{"crmsync_missing":"x"}}]}
            """;

        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/update", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("PROPERTY_DOESNT_EXIST", result.Json.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("crmsync_missing", result.Json.GetProperty("context").GetProperty("propertyName")[0].GetString());
        Assert.Null(State.GetPropertyValue("deals", Ids.Deal(1), "crmsync_health"));
    }

    [Fact]
    public async Task BatchUpdate_MoreThan100Inputs_Returns400()
    {
        var inputs = string.Join(',', Enumerable.Range(1, 101).Select(i => $$$"""{"id":"{{{Ids.Deal(i)}}}","properties":{"dealname":"x"}}"""));

        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/update", $$$"""{"inputs":[{{{inputs}}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("100", result.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BatchUpdate_DuplicateIds_Returns400()
    {
        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/update",
            $$$"""{"inputs":[{"id":"{{{Ids.Deal(1)}}}","properties":{"dealname":"a"}},{"id":"{{{Ids.Deal(1)}}}","properties":{"dealname":"b"}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Duplicate IDs", result.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BatchRead_WithHistoryAndUnknownId_Returns207AndHistory()
    {
        var body = $$$"""{"inputs":[{"id":"{{{Ids.Deal(3)}}}"},{"id":"42"}],"properties":["dealstage"],"propertiesWithHistory":["dealstage"]}""";

        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/read", body);

        Assert.Equal(HttpStatusCode.MultiStatus, result.Status);
        var history = result.Results[0].GetProperty("propertiesWithHistory").GetProperty("dealstage");
        Assert.Equal(State.GetHistory("deals", Ids.Deal(3), "dealstage").Count, history.GetArrayLength());
        Assert.Equal(result.Property(0, "dealstage"), history[0].GetProperty("value").GetString());
        Assert.Equal("42", result.Json.GetProperty("errors")[0].GetProperty("context").GetProperty("ids")[0].GetString());
    }

    [Fact]
    public async Task BatchCreate_ValidTasks_Returns201WithTraceIds()
    {
        var body = """
            {"inputs":[{"objectWriteTraceId":"a1","properties":{"hs_timestamp":"2025-03-20T09:00:00Z","hs_task_subject":"one"},"associations":[]},
                       {"objectWriteTraceId":"a2","properties":{"hs_timestamp":"1742461200000","hs_task_subject":"two"},"associations":[]}]}
            """;

        var result = await Api.PostAsync("/crm/v3/objects/tasks/batch/create", body);

        Assert.Equal(HttpStatusCode.Created, result.Status);
        Assert.Equal(["a1", "a2"], result.Results.Select(r => r.GetProperty("objectWriteTraceId").GetString()));
        Assert.Equal("2025-03-20T09:00:00.000Z", result.Property(1, "hs_timestamp"));
        Assert.Equal(2, State.ListTasks().Count);
    }

    [Fact]
    public async Task BatchCreate_InvalidInputWithTraceIds_Returns207AndCreatesTheRest()
    {
        var body = """
            {"inputs":[{"objectWriteTraceId":"ok","properties":{"hs_timestamp":"2025-03-20T09:00:00Z"},"associations":[]},
                       {"objectWriteTraceId":"bad","properties":{"hs_task_subject":"no due date"},"associations":[]}]}
            """;

        var result = await Api.PostAsync("/crm/v3/objects/tasks/batch/create", body);

        Assert.Equal(HttpStatusCode.MultiStatus, result.Status);
        Assert.Equal("bad", result.Json.GetProperty("errors")[0].GetProperty("context").GetProperty("objectWriteTraceId")[0].GetString());
        Assert.Single(State.ListTasks());
    }

    [Fact]
    public async Task BatchCreate_InvalidInputWithoutTraceIds_Returns400AndCreatesNothing()
    {
        var body = """{"inputs":[{"properties":{"hs_timestamp":"2025-03-20T09:00:00Z"}},{"properties":{"hs_task_subject":"no due date"}}]}""";

        var result = await Api.PostAsync("/crm/v3/objects/tasks/batch/create", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Empty(State.ListTasks());
    }

    [Fact]
    public async Task BatchArchive_KnownAndUnknownIds_Returns204AndArchivesKnown()
    {
        var result = await Api.PostAsync("/crm/v3/objects/companies/batch/archive", $$$"""{"inputs":[{"id":"{{{Ids.Company(2)}}}"},{"id":"7"}]}""");

        Assert.Equal(HttpStatusCode.NoContent, result.Status);
        Assert.True(State.GetRecord("companies", Ids.Company(2))!.Archived);
    }
}
