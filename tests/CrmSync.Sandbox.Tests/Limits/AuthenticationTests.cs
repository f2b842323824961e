using System.Net;
using System.Net.Http.Headers;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Limits;

public sealed class AuthenticationTests : SandboxTestBase
{
    [Fact]
    public async Task Get_NoAuthorizationHeader_Returns401InvalidAuthentication()
    {
        using var anonymous = new HttpClient { BaseAddress = Api.Host.BaseUrl };

        var result = await Api.SendAsync(HttpMethod.Get, "/crm/v3/objects/contacts", null, anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("INVALID_AUTHENTICATION", result.Json.GetProperty("category").GetString());
        Assert.Equal("error", result.Json.GetProperty("status").GetString());
        Assert.True(result.Json.TryGetProperty("correlationId", out _));
    }

    [Fact]
    public async Task Patch_WrongToken_Returns401AndWritesNothing()
    {
        using var wrong = new HttpClient { BaseAddress = Api.Host.BaseUrl };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pat-na1-stolen");
        var before = State.GetPropertyValue("contacts", Ids.Contact(1), "jobtitle");

        var result = await Api.SendAsync(HttpMethod.Patch, $"/crm/v3/objects/contacts/{Ids.Contact(1)}", """{"properties":{"jobtitle":"x"}}""", wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.DoesNotContain("pat-na1-stolen", result.Body);
        Assert.Equal(before, State.GetPropertyValue("contacts", Ids.Contact(1), "jobtitle"));
        Assert.Equal(1, Api.Host.Stats.CountFor("PATCH /crm/v3/objects/{type}/{id}"));
    }
}
