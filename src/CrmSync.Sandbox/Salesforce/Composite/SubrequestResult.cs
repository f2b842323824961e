using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Composite;

/// <summary>One entry of compositeResponse.</summary>
internal sealed record SubrequestResult(string ReferenceId, SalesforceResponse Response)
{
    public bool Failed => Response.Status >= 400;
}
