using System.Text.Json;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tests.Wire;

public sealed class WireReadingTests
{
    private const string Page = """
        {"results":[
          {"id":"1","properties":{"email":"a@example.com","amount":1500.5,"hs_is_closed":true,"closedate":null},"createdAt":"2024-05-02T08:00:00.000Z","updatedAt":"2024-07-01T09:12:44.120Z","archived":false},
          {"id":"2","properties":{"email":"b@example.com"},"createdAt":"2024-05-02T08:00:00.000Z","updatedAt":"2024-07-01T09:12:44.120Z","archived":true,"archivedAt":"2024-07-02T00:00:00Z"}
        ]}
        """;

    [Fact]
    public void Deserialize_NonStringPropertyValues_KeepsTheirJsonText()
    {
        var page = JsonSerializer.Deserialize<HsObjectPage>(Page, HubSpotJson.Options)!;

        var properties = page.Results[0].Properties!;
        Assert.Equal("1500.5", properties["amount"]);
        Assert.Equal("true", properties["hs_is_closed"]);
        Assert.Null(properties["closedate"]);
        Assert.True(page.Results[1].Archived);
    }

    [Fact]
    public void Deserialize_ManyRecords_ShareOnePropertyNameString()
    {
        var page = JsonSerializer.Deserialize<HsObjectPage>(Page, HubSpotJson.Options)!;

        var first = page.Results[0].Properties!.Keys.Single(k => k == "email");
        var second = page.Results[1].Properties!.Keys.Single(k => k == "email");
        Assert.Same(first, second);
    }

    [Fact]
    public void Deserialize_AssociationIdAsNumberOrString_ReadsBoth()
    {
        var response = JsonSerializer.Deserialize<HsAssociationBatchResponse>(
            """{"status":"COMPLETE","results":[{"from":{"id":"512"},"to":[{"toObjectId":301},{"toObjectId":"302"}]}]}""", HubSpotJson.Options)!;

        Assert.Equal(["301", "302"], response.Results[0].To.Select(t => t.ToObjectId));
    }

    [Fact]
    public void Deserialize_PropertyValueIsAnObject_FailsNamingTheProperty()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HsObject>(
            """{"id":"1","properties":{"weird":{"a":1}},"createdAt":"2024-05-02T08:00:00Z","updatedAt":"2024-05-02T08:00:00Z","archived":false}""", HubSpotJson.Options));

        Assert.Contains("'weird'", error.Message);
    }
}
