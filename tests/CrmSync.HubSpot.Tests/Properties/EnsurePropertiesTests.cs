using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Properties;

public sealed class EnsurePropertiesTests : WireMockTestBase
{
    private static readonly ComputedPropertyDefinition[] Definitions =
    [
        new("deals", "health", "CrmSync health", ComputedPropertyType.Number, "Deal health score"),
        new("deals", "alert_text", "CrmSync alert", ComputedPropertyType.Text, "Last alert"),
        new("deals", "computed_at", "CrmSync computed at", ComputedPropertyType.DateTime, "When CrmSync computed"),
    ];

    private void StubDealsProperties(bool groupExists, params string[] existing)
    {
        Server.Given(Request.Create().WithPath("/crm/v3/properties/deals/groups").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = groupExists ? new[] { new { name = "crmsync", label = "CrmSync", displayOrder = -1 } } : [new { name = "dealinformation", label = "Deal information", displayOrder = 0 }],
        }));
        Server.Given(Request.Create().WithPath("/crm/v3/properties/deals/groups").UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithBodyAsJson(new { name = "crmsync", label = "CrmSync", displayOrder = -1, archived = false }));
        Server.Given(Request.Create().WithPath("/crm/v3/properties/deals").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = existing.Append("dealname").Select(n => new { name = n, label = n, type = "string", fieldType = "text", groupName = "crmsync" }),
        }));
        Server.Given(Request.Create().WithPath("/crm/v3/properties/deals").UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithBodyAsJson(new { name = "x", label = "x", type = "number", fieldType = "number", groupName = "crmsync" }));
    }

    [Fact]
    public async Task EnsurePropertiesAsync_GroupAndTwoPropertiesMissing_CreatesGroupAndOnlyTheMissingOnes()
    {
        StubDealsProperties(groupExists: false, "crmsync_health");
        var connector = Connect();

        await connector.EnsurePropertiesAsync(Definitions, Ct);

        var group = Body(Requests("/crm/v3/properties/deals/groups", "POST").Single());
        Assert.Equal("crmsync", group.GetProperty("name").GetString());
        var created = Requests("/crm/v3/properties/deals", "POST").Select(Body).ToDictionary(b => b.GetProperty("name").GetString()!);
        Assert.Equal(["crmsync_alert_text", "crmsync_computed_at"], created.Keys.Order());
        Assert.Equal("string", created["crmsync_alert_text"].GetProperty("type").GetString());
        Assert.Equal("textarea", created["crmsync_alert_text"].GetProperty("fieldType").GetString());
        Assert.Equal("datetime", created["crmsync_computed_at"].GetProperty("type").GetString());
        Assert.Equal("date", created["crmsync_computed_at"].GetProperty("fieldType").GetString());
        Assert.Equal("crmsync", created["crmsync_computed_at"].GetProperty("groupName").GetString());
    }

    [Fact]
    public async Task EnsurePropertiesAsync_CalledAgain_MakesNoFurtherCalls()
    {
        StubDealsProperties(groupExists: true);
        var connector = Connect();
        await connector.EnsurePropertiesAsync(Definitions, Ct);
        var calls = connector.Stats.Calls;

        await connector.EnsurePropertiesAsync(Definitions, Ct);

        Assert.Equal(calls, connector.Stats.Calls);
        Assert.Empty(Requests("/crm/v3/properties/deals/groups", "POST"));
    }

    [Fact]
    public async Task EnsurePropertiesAsync_CreateAnswers409_TreatsThePropertyAsExisting()
    {
        StubDealsProperties(groupExists: true);
        Server.Given(Request.Create().WithPath("/crm/v3/properties/deals").UsingPost()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(409)
            .WithBodyAsJson(HubSpotBodies.Error("OBJECT_ALREADY_EXISTS", "Property already exists")));
        var connector = Connect();

        await connector.EnsurePropertiesAsync(Definitions.Take(1).ToArray(), Ct);

        Assert.Single(Requests("/crm/v3/properties/deals", "POST"));
    }

    [Fact]
    public async Task EnsurePropertiesAsync_InvalidName_ThrowsNamingThePropertyBeforeAnyCall()
    {
        var connector = Connect();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => connector.EnsurePropertiesAsync(
            [new ComputedPropertyDefinition("deals", "CrmSync-Health", "x", ComputedPropertyType.Number, "")], Ct));

        Assert.Contains("CrmSync-Health", error.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("deals", "crmsync_health", "'health'")]
    [InlineData("deals", "stage", "cannot be written")]
    [InlineData("contacts", "firstname", "'first_name'")]
    [InlineData("leads", "health", "'leads'")]
    public async Task EnsurePropertiesAsync_NotAComputedKeyOfASupportedType_ThrowsBeforeAnyCall(string objectType, string name, string expected)
    {
        var connector = Connect();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => connector.EnsurePropertiesAsync(
            [Definitions[0], new ComputedPropertyDefinition(objectType, name, "x", ComputedPropertyType.Number, "")], Ct));

        Assert.Contains(expected, error.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task EnsurePropertiesAsync_DuplicateKeys_CreatesCrmsyncPrefixedPropertiesForContacts()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/properties/contacts/groups").UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new { results = new[] { new { name = "crmsync", label = "CrmSync", displayOrder = -1 } } }));
        Server.Given(Request.Create().WithPath("/crm/v3/properties/contacts").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = new[] { new { name = "crmsync_duplicate_group", label = "x", type = "string", fieldType = "textarea", groupName = "crmsync" } },
        }));
        Server.Given(Request.Create().WithPath("/crm/v3/properties/contacts").UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithBodyAsJson(new { name = "x", label = "x", type = "number", fieldType = "number", groupName = "crmsync" }));
        var connector = Connect();

        await connector.EnsurePropertiesAsync(
        [
            new("contacts", "duplicate_group", "CrmSync duplicate group", ComputedPropertyType.Text, ""),
            new("contacts", "duplicate_score", "CrmSync duplicate score", ComputedPropertyType.Number, ""),
        ], Ct);

        var created = Body(Requests("/crm/v3/properties/contacts", "POST").Single());
        Assert.Equal("crmsync_duplicate_score", created.GetProperty("name").GetString());
        Assert.Equal("CrmSync duplicate score", created.GetProperty("label").GetString());
    }
}
