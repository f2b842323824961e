using System.Globalization;
using System.Net;
using System.Text.Json;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Search;

public sealed class SearchEndpointTests : SandboxTestBase
{
    private const string Contacts = "/crm/v3/objects/contacts/search";

    internal override SandboxOptions CreateOptions() => SandboxClient.Options(records: 400);

    [Fact]
    public async Task Search_NumericIdFilter_ComparesNumbersNotStrings()
    {
        // As strings "1100" < "999" would fail GT; as numbers every contact id (1001..1400) is > 999.
        var result = await Api.PostAsync(Contacts, Filters("""{"propertyName":"hs_object_id","operator":"GT","value":"999"}""", limit: 5));

        Assert.Equal(400, result.Json.GetProperty("total").GetInt32());
        Assert.Equal(Enumerable.Range(1, 5).Select(Ids.Contact), result.ResultIds);
    }

    [Fact]
    public async Task Search_IdWindowSortedAscending_PagesByOffset()
    {
        var first = await Api.PostAsync(Contacts, Filters("""{"propertyName":"hs_object_id","operator":"GT","value":"1300"}""", limit: 60, sort: "hs_object_id"));
        var second = await Api.PostAsync(Contacts, Filters("""{"propertyName":"hs_object_id","operator":"GT","value":"1300"}""", limit: 60, sort: "hs_object_id", after: first.NextAfter));

        Assert.Equal(100, first.Json.GetProperty("total").GetInt32());
        Assert.Equal("60", first.NextAfter);
        Assert.Equal(Enumerable.Range(301, 60).Select(Ids.Contact), first.ResultIds);
        Assert.Equal(Enumerable.Range(361, 40).Select(Ids.Contact), second.ResultIds);
        Assert.False(second.Json.TryGetProperty("paging", out _));
    }

    [Fact]
    public async Task Search_EpochMillisecondDateRange_MatchesModifiedDates()
    {
        var from = State.SeededAt.AddDays(-10);
        var to = State.SeededAt.AddDays(-5);
        var filters = $$"""
            {"propertyName":"lastmodifieddate","operator":"GTE","value":"{{from.ToUnixTimeMilliseconds()}}"},
            {"propertyName":"lastmodifieddate","operator":"LT","value":"{{to.ToUnixTimeMilliseconds()}}"}
            """;

        var result = await Api.PostAsync(Contacts, Filters(filters, limit: 200, properties: "\"lastmodifieddate\""));

        var expected = Enumerable.Range(1, 400).Select(Ids.Contact)
            .Where(id => State.GetRecord("contacts", id)!.UpdatedAt >= from && State.GetRecord("contacts", id)!.UpdatedAt < to)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.ResultIds);
        Assert.Equal(expected.Count, result.Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_TwoGroups_AreOredAndFiltersInAGroupAnded()
    {
        var body = """
            {"filterGroups":[
              {"filters":[{"propertyName":"hs_object_id","operator":"EQ","value":"1010"}]},
              {"filters":[{"propertyName":"hs_object_id","operator":"BETWEEN","value":"1020","highValue":"1030"},
                          {"propertyName":"hs_object_id","operator":"NOT_IN","values":["1021","1022"]}]}],
             "limit":50}
            """;

        var result = await Api.PostAsync(Contacts, body);

        Assert.Equal(new[] { 1010, 1020 }.Concat(Enumerable.Range(1023, 8)).Select(i => i.ToString(CultureInfo.InvariantCulture)), result.ResultIds);
    }

    [Fact]
    public async Task Search_TextOperators_MatchCaseInsensitiveTokensAndPresence()
    {
        var email = State.GetPropertyValue("contacts", Ids.Contact(12), "email")!;
        var domain = email[(email.IndexOf('@') + 1)..];

        var eq = await Api.PostAsync(Contacts, Filters($$"""{"propertyName":"email","operator":"EQ","value":"{{email.ToUpperInvariant()}}"}"""));
        var token = await Api.PostAsync(Contacts, Filters($$"""{"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@{{domain}}"}""", limit: 200, properties: "\"email\""));
        var missing = await Api.PostAsync(Contacts, Filters("""{"propertyName":"phone","operator":"NOT_HAS_PROPERTY"}""", limit: 200, properties: "\"phone\""));

        Assert.Contains(Ids.Contact(12), eq.ResultIds);
        Assert.All(token.Results, r => Assert.EndsWith("@" + domain, r.GetProperty("properties").GetProperty("email").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Ids.Contact(12), token.ResultIds);
        Assert.NotEmpty(missing.Results);
        Assert.All(missing.Results, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("properties").GetProperty("phone").ValueKind));
    }

    [Fact]
    public async Task Search_SortDescendingAsPlainString_OrdersByDate()
    {
        var body = """{"sorts":["-createdate"],"properties":["createdate"],"limit":100}""";

        var result = await Api.PostAsync(Contacts, body);

        var dates = result.Results.Select(r => DateTimeOffset.Parse(r.GetProperty("properties").GetProperty("createdate").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task Search_Results_CarryNoAssociationsOrHistory()
    {
        var result = await Api.PostAsync("/crm/v3/objects/deals/search", """{"limit":20,"properties":["dealstage"]}""");

        Assert.All(result.Results, r =>
        {
            Assert.False(r.TryGetProperty("associations", out _));
            Assert.False(r.TryGetProperty("propertiesWithHistory", out _));
        });
    }

    [Theory]
    [InlineData(6, 1, "filter groups")]
    [InlineData(1, 11, "filters")]
    [InlineData(3, 9, "filters")]
    public async Task Search_OverFilterLimits_Returns400(int groups, int filtersPerGroup, string mentions)
    {
        var filter = """{"propertyName":"hs_object_id","operator":"GT","value":"1"}""";
        var group = $$"""{"filters":[{{string.Join(',', Enumerable.Repeat(filter, filtersPerGroup))}}]}""";
        var body = $$"""{"filterGroups":[{{string.Join(',', Enumerable.Repeat(group, groups))}}]}""";

        var result = await Api.PostAsync(Contacts, body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("VALIDATION_ERROR", result.Json.GetProperty("category").GetString());
        Assert.Contains(mentions, result.Json.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_LimitAbove200_Returns400()
    {
        var result = await Api.PostAsync(Contacts, """{"limit":201}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Theory]
    [InlineData("9800", 200, HttpStatusCode.OK)]
    [InlineData("9801", 200, HttpStatusCode.BadRequest)]
    [InlineData("10000", 1, HttpStatusCode.BadRequest)]
    public async Task Search_PastTenThousandResults_Returns400(string after, int limit, HttpStatusCode expected)
    {
        var result = await Api.PostAsync(Contacts, $$"""{"limit":{{limit}},"after":"{{after}}"}""");

        Assert.Equal(expected, result.Status);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal("VALIDATION_ERROR", result.Json.GetProperty("category").GetString());
            Assert.Contains("10000", result.Json.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Search_UnknownFilterProperty_Returns400()
    {
        var result = await Api.PostAsync(Contacts, Filters("""{"propertyName":"nope","operator":"EQ","value":"1"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task Search_AfterWrite_SeesNewValue()
    {
        await Api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(77)}", """{"properties":{"jobtitle":"Sandbox Wrangler"}}""");

        var result = await Api.PostAsync(Contacts, Filters("""{"propertyName":"jobtitle","operator":"EQ","value":"sandbox wrangler"}"""));

        Assert.Equal([Ids.Contact(77)], result.ResultIds);
    }

    [Fact]
    public async Task Search_Response_HasNoRateLimitHeaders()
    {
        await using var limited = await SandboxClient.StartAsync(new SandboxOptions { Records = 20 });

        var search = await limited.PostAsync(Contacts, "{}");
        var list = await limited.GetAsync("/crm/v3/objects/contacts");

        Assert.False(search.HasHeader("X-HubSpot-RateLimit-Remaining"));
        Assert.True(list.HasHeader("X-HubSpot-RateLimit-Remaining"));
    }

    private static string Filters(string filters, int limit = 10, string? sort = null, string? after = null, string? properties = null) =>
        $$"""
        {"filterGroups":[{"filters":[{{filters}}]}],
         "sorts":[{{(sort is null ? "" : $$"""{"propertyName":"{{sort}}","direction":"ASCENDING"}""")}}],
         "limit":{{limit}}{{(after is null ? "" : $",\"after\":\"{after}\"")}}{{(properties is null ? "" : $",\"properties\":[{properties}]")}}}
        """;
}
