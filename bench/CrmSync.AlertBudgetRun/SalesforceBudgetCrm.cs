using CrmSync.Sandbox.Salesforce;
using CrmSync.Worker.Demo;

namespace CrmSync.AlertBudgetRun;

/// <summary>The fake Salesforce org: Tasks by <c>CrmSync_Alert_Key__c</c>, opportunities closed as Closed Won.</summary>
public sealed class SalesforceBudgetCrm(SalesforceOrgState org) : IBudgetCrm
{
    public string Name => "Salesforce";

    public string Connector => DemoSession.SalesforceConnector;

    public IReadOnlyList<CrmAlertTask> ListAlertTasks() =>
        org.Query("SELECT Id, OwnerId, CrmSync_Alert_Key__c FROM Task WHERE CrmSync_Alert_Key__c != null")
            .Select(t => new CrmAlertTask((string)t["Id"]!, (string)t["CrmSync_Alert_Key__c"]!, t["OwnerId"] as string))
            .ToList();

    public void CloseDealAsWon(string dealId) =>
        org.UpdateAsUser(dealId, new Dictionary<string, object?> { ["StageName"] = "Closed Won" });
}
