using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>The task property endpoints a portal answers when CrmSync's group and crmsync_alert_key already exist (or not).</summary>
internal static class TaskPropertyStubs
{
    public const string GroupsPath = "/crm/v3/properties/tasks/groups";
    public const string PropertiesPath = "/crm/v3/properties/tasks";

    public static void StubTaskProperties(this WireMockServer server, bool alertKeyExists = true)
    {
        var group = new { name = "crmsync", label = "CrmSync", displayOrder = -1, archived = false };
        var property = new { name = "crmsync_alert_key", label = "CrmSync alert key", type = "string", fieldType = "text", groupName = "crmsync" };
        server.Given(Request.Create().WithPath(GroupsPath).UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new { results = alertKeyExists ? new[] { group } : [] }));
        server.Given(Request.Create().WithPath(GroupsPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(group));
        server.Given(Request.Create().WithPath(PropertiesPath).UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new { results = alertKeyExists ? new[] { property } : [] }));
        server.Given(Request.Create().WithPath(PropertiesPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(property));
    }
}
