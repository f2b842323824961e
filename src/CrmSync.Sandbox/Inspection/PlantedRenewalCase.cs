namespace CrmSync.Sandbox;

/// <summary>
/// A customer company planted by the renewal cases (HubSpot sandbox: <see cref="SandboxOptions.RenewalCases"/>; fake
/// Salesforce org: <c>SalesforceOrgOptions.RenewalCases</c>), with the alert types CrmSync must raise for it under the
/// configuration of docs/sandbox.md ("Renewal and health cases"); none for the clean controls.
/// </summary>
public sealed record PlantedRenewalCase(string CompanyId, string Case, IReadOnlyList<string> AlertTypes);
