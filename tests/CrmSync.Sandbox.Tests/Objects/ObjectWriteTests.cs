using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Objects;

public sealed class ObjectWriteTests : SandboxTestBase
{
    private readonly FakeTimeProvider clock = new(SandboxClient.Start);

    internal override SandboxOptions CreateOptions() => SandboxClient.Options(clock: clock);

    [Fact]
    public async Task Patch_UndefinedProperty_Returns400PropertyDoesntExist()
    {
        var result = await Api.PatchAsync($"/crm/v3/objects/deals/{Ids.Deal(1)}", """{"properties":{"crmsync_health":"72"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("VALIDATION_ERROR", result.Json.GetProperty("category").GetString());
        Assert.Equal("PROPERTY_DOESNT_EXIST", result.Json.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("\"error\":\"PROPERTY_DOESNT_EXIST\"", result.Json.GetProperty("message").GetString());
        Assert.Null(State.GetPropertyValue("deals", Ids.Deal(1), "crmsync_health"));
    }

    [Fact]
    public async Task Patch_Value_AppendsHistoryAndBumpsModifiedDate()
    {
        var before = State.GetRecord("contacts", Ids.Contact(5))!;
        clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(5)}", """{"properties":{"jobtitle":"Chief Sandbox Officer"}}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var after = State.GetRecord("contacts", Ids.Contact(5))!;
        Assert.Equal(SandboxClient.Start.AddMinutes(5), after.UpdatedAt);
        Assert.Equal("2025-03-14T09:05:00.000Z", after.Properties["lastmodifieddate"]);
        Assert.True(after.UpdatedAt > before.UpdatedAt);
        var history = State.GetHistory("contacts", Ids.Contact(5), "jobtitle");
        Assert.Equal(["Chief Sandbox Officer", before.Properties["jobtitle"]], history.Select(h => h.Value));
        Assert.Equal("API", history[0].SourceType);
    }

    [Fact]
    public async Task Patch_IdenticalValue_LeavesHistoryAndModifiedDateUnchanged()
    {
        var current = State.GetPropertyValue("contacts", Ids.Contact(6), "jobtitle");
        var before = State.GetRecord("contacts", Ids.Contact(6))!;
        clock.Advance(TimeSpan.FromMinutes(5));

        await Api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(6)}", $$$"""{"properties":{"jobtitle":"{{{current}}}"}}""");

        Assert.Single(State.GetHistory("contacts", Ids.Contact(6), "jobtitle"));
        Assert.Equal(before.UpdatedAt, State.GetRecord("contacts", Ids.Contact(6))!.UpdatedAt);
    }

    [Fact]
    public async Task Patch_InvalidEnumerationValue_Returns400InvalidOption()
    {
        var result = await Api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(6)}", """{"properties":{"lifecyclestage":"royalty"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("INVALID_OPTION", result.Json.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Patch_ReadOnlyProperty_Returns400()
    {
        var result = await Api.PatchAsync($"/crm/v3/objects/deals/{Ids.Deal(2)}", """{"properties":{"hs_is_closed":"true"}}""");

        Assert.Equal("READ_ONLY_VALUE", result.Json.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task UpdateAsUser_Value_RecordsCrmUiSourceAndShowsInApi()
    {
        clock.Advance(TimeSpan.FromHours(1));

        State.UpdateAsUser("companies", Ids.Company(3), new Dictionary<string, string?> { ["city"] = "Lisbon" });
        var read = await Api.GetAsync($"/crm/v3/objects/companies/{Ids.Company(3)}?properties=city");

        Assert.Equal("Lisbon", read.Json.GetProperty("properties").GetProperty("city").GetString());
        Assert.Equal("2025-03-14T10:00:00.000Z", read.Json.GetProperty("properties").GetProperty("hs_lastmodifieddate").GetString());
        Assert.Equal("CRM_UI", State.GetHistory("companies", Ids.Company(3), "city")[0].SourceType);
    }

    [Fact]
    public async Task Merge_TwoContacts_ArchivesMergedAndMovesAssociations()
    {
        var mergedCompanies = State.GetAssociations("contacts", Ids.Contact(9), "companies");

        var result = await Api.PostAsync("/crm/v3/objects/contacts/merge", $$"""{"primaryObjectId":"{{Ids.Contact(8)}}","objectIdToMerge":"{{Ids.Contact(9)}}"}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(Ids.Contact(8), result.Json.GetProperty("id").GetString());
        Assert.True(State.GetRecord("contacts", Ids.Contact(9))!.Archived);
        // hubspot-api.md §11: the merged-away id resolves to the survivor.
        var old = await Api.GetAsync($"/crm/v3/objects/contacts/{Ids.Contact(9)}");
        Assert.Equal((HttpStatusCode.OK, Ids.Contact(8)), (old.Status, old.Json.GetProperty("id").GetString()));
        Assert.Empty(State.GetAssociations("contacts", Ids.Contact(9), "companies"));
        var primaryCompanies = State.GetAssociations("contacts", Ids.Contact(8), "companies").Select(a => a.Id).ToList();
        Assert.All(mergedCompanies, c => Assert.Contains(c.Id, primaryCompanies));
        Assert.Equal(Ids.Contact(9), State.GetPropertyValue("contacts", Ids.Contact(8), "hs_merged_object_ids"));
    }

    [Fact]
    public async Task Merge_Tasks_Returns400()
    {
        var result = await Api.PostAsync("/crm/v3/objects/tasks/merge", """{"primaryObjectId":"1","objectIdToMerge":"2"}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task Delete_Record_ArchivesAndReturns204()
    {
        var result = await Api.DeleteAsync($"/crm/v3/objects/companies/{Ids.Company(4)}");

        Assert.Equal(HttpStatusCode.NoContent, result.Status);
        Assert.True(State.GetRecord("companies", Ids.Company(4))!.Archived);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync($"/crm/v3/objects/companies/{Ids.Company(4)}?archived=true")).Status);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        var result = await Api.PostAsync("/crm/v3/objects/contacts", "{\"properties\": {");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Invalid input JSON", result.Json.GetProperty("message").GetString());
    }
}
