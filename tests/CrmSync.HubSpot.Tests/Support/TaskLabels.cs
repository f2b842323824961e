using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>The v4 labels endpoint for tasks → contacts, companies, deals, answering the given HUBSPOT_DEFINED type ids.</summary>
internal static class TaskLabels
{
    public static void Stub(WireMockServer server, int contacts = 204, int companies = 192, int deals = 216)
    {
        foreach (var (to, typeId) in new[] { ("contacts", contacts), ("companies", companies), ("deals", deals) })
        {
            server.Given(Request.Create().WithPath($"/crm/v4/associations/tasks/{to}/labels").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
            {
                results = new[] { new { category = "HUBSPOT_DEFINED", typeId, label = (string?)null } },
            }));
        }
    }
}
