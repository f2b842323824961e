using CrmSync.Sandbox;
using CrmSync.Worker.Demo;

namespace CrmSync.AlertBudgetRun;

/// <summary>The HubSpot sandbox: tasks by their <c>crmsync_alert_key</c> property, deals closed in their own pipeline.</summary>
public sealed class HubSpotBudgetCrm(SandboxState state) : IBudgetCrm
{
    private const string KeyProperty = "crmsync_alert_key";

    public string Name => "HubSpot";

    public string Connector => DemoSession.Connector;

    public IReadOnlyList<CrmAlertTask> ListAlertTasks() =>
        state.ListTasks()
            .Where(t => t.Properties.TryGetValue(KeyProperty, out var key) && !string.IsNullOrEmpty(key))
            .Select(t => new CrmAlertTask(t.Id, t.Properties[KeyProperty]!, t.OwnerId))
            .ToList();

    public void CloseDealAsWon(string dealId)
    {
        // The sandbox seeds a default and an enterprise pipeline; each has its own closed-won stage.
        var won = state.GetPropertyValue("deals", dealId, "pipeline") == "default" ? "closedwon" : "93485725";
        state.UpdateAsUser("deals", dealId, new Dictionary<string, string?> { ["dealstage"] = won });
    }
}
