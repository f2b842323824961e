namespace CrmSync.HubSpot.Tests.Support;

/// <summary>A WireMock portal where CrmSync's task property (crmsync_alert_key) already exists.</summary>
public abstract class TaskWireMockTestBase : WireMockTestBase
{
    public override ValueTask InitializeAsync()
    {
        var started = base.InitializeAsync();
        Server.StubTaskProperties();
        return started;
    }
}
