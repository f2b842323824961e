namespace CrmSync.Sandbox.Scenarios;

/// <summary>
/// A deal of the metrics scenario (a HubSpot deal, a Salesforce opportunity): its company, amount (null = none) and
/// stage path, oldest first; the first step is its creation. A closed deal's close date is the day of its last step.
/// </summary>
public sealed record ScenarioDeal(string Key, string Company, string Name, decimal? Amount, IReadOnlyList<ScenarioStep> Path)
{
    public int CreatedDaysAgo => Path[0].DaysAgo;

    public ScenarioStep Last => Path[^1];
}
