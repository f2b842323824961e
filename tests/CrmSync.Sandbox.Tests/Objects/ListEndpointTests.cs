using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Objects;

public sealed class ListEndpointTests : SandboxTestBase
{
    internal override SandboxOptions CreateOptions() => SandboxClient.Options(records: 250);

    [Fact]
    public async Task List_NoLimit_ReturnsTenWithOpaqueCursor()
    {
        var page = await Api.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Enumerable.Range(1, 10).Select(Ids.Contact), page.ResultIds);
        Assert.NotNull(page.NextAfter);
        Assert.DoesNotContain(Ids.Contact(11), page.NextAfter!);
    }

    [Fact]
    public async Task List_LimitAboveCap_ReturnsHundred()
    {
        var page = await Api.GetAsync("/crm/v3/objects/contacts?limit=500");

        Assert.Equal(100, page.Results.Count);
    }

    [Fact]
    public async Task List_FollowingCursors_VisitsEveryRecordOnceAndLastPageHasNoPaging()
    {
        var seen = new List<string>();
        string? after = null;
        ApiResult page;
        do
        {
            page = await Api.GetAsync("/crm/v3/objects/contacts?limit=100" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            seen.AddRange(page.ResultIds);
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(Enumerable.Range(1, 250).Select(Ids.Contact), seen);
        Assert.Equal(50, page.Results.Count);
        Assert.False(page.Json.TryGetProperty("paging", out _));
    }

    [Fact]
    public async Task List_ArchivedTrue_ReturnsOnlyArchivedRecords()
    {
        await Api.DeleteAsync($"/crm/v3/objects/contacts/{Ids.Contact(3)}");
        await Api.DeleteAsync($"/crm/v3/objects/contacts/{Ids.Contact(7)}");

        var archived = await Api.GetAsync("/crm/v3/objects/contacts?archived=true");
        var active = await Api.GetAsync("/crm/v3/objects/contacts?limit=10");

        Assert.Equal([Ids.Contact(3), Ids.Contact(7)], archived.ResultIds);
        Assert.All(archived.Results, r => Assert.True(r.GetProperty("archived").GetBoolean()));
        Assert.All(archived.Results, r => Assert.True(r.TryGetProperty("archivedAt", out _)));
        Assert.DoesNotContain(Ids.Contact(3), active.ResultIds);
        Assert.Equal(Ids.Contact(12), active.ResultIds[^1]);
    }

    [Fact]
    public async Task List_RequestedProperties_ReturnsThemAsStringsOrNullAndIgnoresUnknown()
    {
        var page = await Api.GetAsync("/crm/v3/objects/deals?limit=100&properties=amount,dealstage,not_a_property");

        var properties = page.Results[0].GetProperty("properties");
        Assert.False(properties.TryGetProperty("not_a_property", out _));
        Assert.True(properties.TryGetProperty("hs_object_id", out _));
        Assert.True(properties.TryGetProperty("hs_lastmodifieddate", out _));
        Assert.All(page.Results, r => Assert.True(r.GetProperty("properties").GetProperty("amount").ValueKind is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Null));
        Assert.Contains(page.Results, r => r.GetProperty("properties").GetProperty("amount").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task List_AssociationsParameter_AddsAssociatedIds()
    {
        var page = await Api.GetAsync("/crm/v3/objects/deals?limit=20&associations=companies");

        Assert.All(page.Results, r =>
        {
            var companies = r.GetProperty("associations").GetProperty("companies").GetProperty("results");
            Assert.Contains(companies.EnumerateArray(), a => a.GetProperty("type").GetString() == "deal_to_company");
        });
    }

    [Fact]
    public async Task List_ByTypeId_ServesSameObjects()
    {
        var byName = await Api.GetAsync("/crm/v3/objects/deals?limit=5");
        var byTypeId = await Api.GetAsync("/crm/v3/objects/0-3?limit=5");

        Assert.Equal(byName.ResultIds, byTypeId.ResultIds);
    }

    [Fact]
    public async Task List_UnknownType_Returns400()
    {
        var result = await Api.GetAsync("/crm/v3/objects/widgets");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("VALIDATION_ERROR", result.Json.GetProperty("category").GetString());
    }

    [Fact]
    public async Task Get_MissingId_Returns404ObjectNotFound()
    {
        var result = await Api.GetAsync("/crm/v3/objects/contacts/999999");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("OBJECT_NOT_FOUND", result.Json.GetProperty("category").GetString());
        Assert.Equal("error", result.Json.GetProperty("status").GetString());
        Assert.True(Guid.TryParse(result.Json.GetProperty("correlationId").GetString(), out _));
    }

    [Fact]
    public async Task Get_ByEmailIdProperty_FindsContact()
    {
        var email = State.GetPropertyValue("contacts", Ids.Contact(40), "email")!;

        var result = await Api.GetAsync($"/crm/v3/objects/contacts/{Uri.EscapeDataString(email.ToUpperInvariant())}?idProperty=email&properties=email");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(Ids.Contact(40), result.Json.GetProperty("id").GetString());
    }
}
