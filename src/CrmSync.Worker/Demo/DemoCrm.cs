namespace CrmSync.Worker.Demo;

/// <summary>Which fake CRM(s) <c>crmsync demo</c> runs against (<c>--crm</c>).</summary>
public enum DemoCrm
{
    HubSpot,
    Salesforce,
    Both,
}
