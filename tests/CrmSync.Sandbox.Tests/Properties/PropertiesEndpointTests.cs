using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Properties;

public sealed class PropertiesEndpointTests : SandboxTestBase
{
    private const string StageCheck = """
        {"name":"crmsync_stage_check","label":"CrmSync stage check","groupName":"crmsync","type":"enumeration","fieldType":"select",
         "options":[{"label":"OK","value":"ok","hidden":false,"displayOrder":1},{"label":"Violation","value":"violation","hidden":false,"displayOrder":2}]}
        """;

    [Fact]
    public async Task Create_GroupThenProperty_Returns201AndRecordWritesSucceed()
    {
        var group = await Api.PostAsync("/crm/v3/properties/deals/groups", """{"name":"crmsync","label":"CrmSync","displayOrder":-1}""");
        var property = await Api.PostAsync("/crm/v3/properties/deals", StageCheck);
        var write = await Api.PatchAsync($"/crm/v3/objects/deals/{Ids.Deal(1)}", """{"properties":{"crmsync_stage_check":"violation"}}""");
        var badOption = await Api.PatchAsync($"/crm/v3/objects/deals/{Ids.Deal(1)}", """{"properties":{"crmsync_stage_check":"maybe"}}""");

        Assert.Equal(HttpStatusCode.Created, group.Status);
        Assert.Equal(HttpStatusCode.Created, property.Status);
        Assert.False(property.Json.GetProperty("hubspotDefined").GetBoolean());
        Assert.Equal(2, property.Json.GetProperty("options").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, write.Status);
        Assert.Equal("violation", State.GetPropertyValue("deals", Ids.Deal(1), "crmsync_stage_check"));
        Assert.Equal(HttpStatusCode.BadRequest, badOption.Status);
    }

    [Fact]
    public async Task Create_ExistingName_Returns409()
    {
        await Api.PostAsync("/crm/v3/properties/deals/groups", """{"name":"crmsync","label":"CrmSync"}""");
        await Api.PostAsync("/crm/v3/properties/deals", StageCheck);

        var again = await Api.PostAsync("/crm/v3/properties/deals", StageCheck);
        var groupAgain = await Api.PostAsync("/crm/v3/properties/deals/groups", """{"name":"crmsync","label":"CrmSync"}""");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("OBJECT_ALREADY_EXISTS", again.Json.GetProperty("category").GetString());
        Assert.Equal(HttpStatusCode.Conflict, groupAgain.Status);
    }

    [Theory]
    [InlineData("Crmsync_x", "number", "number", "name")]
    [InlineData("crmsync_x", "number", "text", "fieldType")]
    [InlineData("crmsync_x", "decimal", "number", "type")]
    [InlineData("crmsync_x", "enumeration", "select", "option")]
    public async Task Create_InvalidDefinition_Returns400NamingTheField(string name, string type, string fieldType, string mentions)
    {
        var result = await Api.PostAsync("/crm/v3/properties/contacts",
            $$"""{"name":"{{name}}","label":"X","type":"{{type}}","fieldType":"{{fieldType}}","groupName":"contactinformation"}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(mentions, result.Json.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_UnknownGroup_Returns400()
    {
        var result = await Api.PostAsync("/crm/v3/properties/deals", StageCheck);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("crmsync", result.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_MissingProperty_Returns404()
    {
        var result = await Api.GetAsync("/crm/v3/properties/deals/crmsync_health");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
    }

    [Fact]
    public async Task List_Deals_HasStageCalculatedPropertiesAndNoPaging()
    {
        var result = await Api.GetAsync("/crm/v3/properties/deals");

        var names = result.Results.Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains("hs_v2_date_entered_contractsent", names);
        Assert.Contains("hs_v2_date_exited_93485721", names);
        Assert.Contains("hs_lastmodifieddate", names);
        Assert.False(result.Json.TryGetProperty("paging", out _));
    }

    [Fact]
    public async Task Patch_Label_UpdatesDefinitionButRefusesTypeChangeOfHubSpotProperty()
    {
        var label = await Api.PatchAsync("/crm/v3/properties/contacts/jobtitle", """{"label":"Role"}""");
        var type = await Api.PatchAsync("/crm/v3/properties/contacts/jobtitle", """{"type":"number","fieldType":"number"}""");

        Assert.Equal("Role", label.Json.GetProperty("label").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, type.Status);
    }
}
