namespace CrmSync.Sandbox.Scenarios;

/// <summary>A customer of the metrics scenario (a HubSpot company, a Salesforce account).</summary>
public sealed record ScenarioCompany(string Key, string Name, string Domain, int CreatedDaysAgo);
