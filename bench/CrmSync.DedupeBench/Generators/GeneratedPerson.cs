namespace CrmSync.DedupeBench.Generators;

/// <summary>One real person of a generated population (before it is written into one or more CRM records).</summary>
internal sealed class GeneratedPerson
{
    public required string Entity { get; init; }
    public required string First { get; init; }
    public required string Last { get; init; }
    public required bool Female { get; init; }
    public required UsPlaces.City City { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Email { get; set; }
    public string? PhoneDigits { get; set; }
    public GeneratedEmployer? Employer { get; init; }
}
