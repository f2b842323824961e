namespace CrmSync.Sandbox.Scenarios;

/// <summary>One entry of a scenario path: a stage (deal stage name or lifecycle stage) entered <paramref name="DaysAgo"/> days before the anchor.</summary>
public sealed record ScenarioStep(string Stage, int DaysAgo);
