namespace CrmSync.DedupeBench.Generators;

/// <summary>A company people of the population work for: its domain, switchboard and shared inboxes.</summary>
internal sealed class GeneratedEmployer
{
    public required string Domain { get; init; }
    public required UsPlaces.City City { get; init; }
    public required string SwitchboardDigits { get; init; }
    public required string[] SharedInboxes { get; init; }
    public List<string> WorkEmails { get; } = [];
}
