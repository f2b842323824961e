namespace CrmSync.Sandbox.Scenarios;

/// <summary>
/// A person of the metrics scenario with the lifecycle stages they went through (canonical names such as
/// <c>marketingqualifiedlead</c>), oldest first; the first step is their creation.
/// </summary>
public sealed record ScenarioPerson(string Key, string FirstName, string LastName, IReadOnlyList<ScenarioStep> Path)
{
    public int CreatedDaysAgo => Path[0].DaysAgo;

    public string Email => $"{FirstName}.{LastName}@scenario.example".ToLowerInvariant();

    /// <summary>The day the person entered <paramref name="stage"/>, if they did.</summary>
    public int? DaysAgoOf(string stage) => Path.FirstOrDefault(s => s.Stage == stage)?.DaysAgo;
}
