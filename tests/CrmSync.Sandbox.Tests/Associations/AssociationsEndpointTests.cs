using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Associations;

public sealed class AssociationsEndpointTests : SandboxTestBase
{
    [Fact]
    public async Task BatchRead_DealsToCompanies_ReturnsPrimaryAndUnlabelledTypes()
    {
        var result = await Api.PostAsync("/crm/v4/associations/deals/companies/batch/read", $$"""{"inputs":[{"id":"{{Ids.Deal(1)}}"},{"id":"{{Ids.Deal(2)}}"}]}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(2, result.Results.Count);
        var types = result.Results[0].GetProperty("to")[0].GetProperty("associationTypes").EnumerateArray().ToList();
        Assert.Equal([5, 341], types.Select(t => t.GetProperty("typeId").GetInt32()));
        Assert.Equal("Primary", types[0].GetProperty("label").GetString());
        Assert.Equal("HUBSPOT_DEFINED", types[0].GetProperty("category").GetString());
    }

    [Fact]
    public async Task BatchRead_UnknownId_Returns207()
    {
        var result = await Api.PostAsync("/crm/v4/associations/deals/contacts/batch/read", $$"""{"inputs":[{"id":"{{Ids.Deal(1)}}"},{"id":"5"}]}""");

        Assert.Equal(HttpStatusCode.MultiStatus, result.Status);
        Assert.Equal("5", result.Json.GetProperty("errors")[0].GetProperty("context").GetProperty("ids")[0].GetString());
    }

    [Fact]
    public async Task CompanyContacts_MatchContactCompanies_InBothDirections()
    {
        var company = State.GetAssociations("contacts", Ids.Contact(1), "companies")[0].Id;

        var result = await Api.GetAsync($"/crm/v4/objects/companies/{company}/associations/contacts");

        var contactIds = result.Results.Select(r => r.GetProperty("toObjectId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(Ids.Contact(1), contactIds);
        Assert.All(contactIds, id => Assert.Contains(State.GetAssociations("contacts", id, "companies"), a => a.Id == company));
    }

    [Fact]
    public async Task PutDefaultThenDelete_CreatesAndRemovesTheLink()
    {
        var path = $"/crm/v4/objects/contacts/{Ids.Contact(2)}/associations/default/deals/{Ids.Deal(9)}";

        var put = await Api.PutAsync(path);
        var linked = State.GetAssociations("deals", Ids.Deal(9), "contacts").Any(a => a.Id == Ids.Contact(2));
        var delete = await Api.DeleteAsync($"/crm/v4/objects/contacts/{Ids.Contact(2)}/associations/deals/{Ids.Deal(9)}");

        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(4, put.Results[0].GetProperty("associationSpec").GetProperty("associationTypeId").GetInt32());
        Assert.True(linked);
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.DoesNotContain(State.GetAssociations("deals", Ids.Deal(9), "contacts"), a => a.Id == Ids.Contact(2));
    }

    [Fact]
    public async Task Labels_BothPaths_ListTypeIdsOfThePair()
    {
        var v4 = await Api.GetAsync("/crm/v4/associations/tasks/deals/labels");
        var schema = await Api.GetAsync("/crm/associations/v4/contacts/companies/labels");

        Assert.Equal([216], v4.Results.Select(r => r.GetProperty("typeId").GetInt32()));
        Assert.Equal([1, 279], schema.Results.Select(r => r.GetProperty("typeId").GetInt32()));
    }

    [Fact]
    public async Task Owners_List_ReturnsActiveOwnersWithPaging()
    {
        var first = await Api.GetAsync("/crm/v3/owners?limit=4");
        var rest = await Api.GetAsync($"/crm/v3/owners?limit=100&after={first.NextAfter}");
        var archived = await Api.GetAsync("/crm/v3/owners?archived=true");

        Assert.Equal(4, first.Results.Count);
        Assert.Equal(State.OwnerIds, first.ResultIds.Concat(rest.ResultIds));
        Assert.False(rest.Json.TryGetProperty("paging", out _));
        Assert.Equal("PERSON", first.Results[0].GetProperty("type").GetString());
        Assert.Single(archived.Results);
    }
}
