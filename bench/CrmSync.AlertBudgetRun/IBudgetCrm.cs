namespace CrmSync.AlertBudgetRun;

/// <summary>The fake CRM of one connector, as the acceptance run reads and changes it (as the CRM's own users would).</summary>
public interface IBudgetCrm
{
    /// <summary>HubSpot or Salesforce, for the printout.</summary>
    string Name { get; }

    /// <summary>The CrmSync connector configured against this CRM.</summary>
    string Connector { get; }

    /// <summary>Every live task that carries an alert key (alert tasks and digest tasks).</summary>
    IReadOnlyList<CrmAlertTask> ListAlertTasks();

    /// <summary>A rep closes the deal as won: its open-deal conditions (stage age, criteria) clear.</summary>
    void CloseDealAsWon(string dealId);
}
