using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Search;

/// <summary>HubSpot refuses a search whose body is over 3,000 characters: a long property list is the usual cause.</summary>
public sealed class SearchBodyLimitTests : SandboxTestBase
{
    private const string Deals = "/crm/v3/objects/deals/search";

    private static string Body(int properties) =>
        $$"""{"filterGroups":[],"limit":10,"properties":[{{string.Join(",", Enumerable.Range(0, properties).Select(i => $"\"hs_v2_date_entered_{i:D6}\""))}}]}""";

    [Fact]
    public async Task Search_BodyOver3000Characters_Returns400InHubSpotsErrorShape()
    {
        var body = Body(properties: 120);

        var result = await Api.PostAsync(Deals, body);

        Assert.True(body.Length > 3_000);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("error", result.Json.GetProperty("status").GetString());
        Assert.Equal("VALIDATION_ERROR", result.Json.GetProperty("category").GetString());
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("correlationId").GetString()));
        Assert.Contains("3000", result.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_BodyJustUnderTheLimit_IsAnswered()
    {
        var body = Body(properties: 90);

        var result = await Api.PostAsync(Deals, body);

        Assert.InRange(body.Length, 2_500, 3_000);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(10, result.Results.Count);
    }
}
