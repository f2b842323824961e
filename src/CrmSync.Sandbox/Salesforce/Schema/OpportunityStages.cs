namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>The standard sales stages of a new org, plus one retired stage that old records may still hold.</summary>
internal static class OpportunityStages
{
    public static readonly IReadOnlyList<OpportunityStageInfo> All =
    [
        new("Prospecting", 1, 10, "Pipeline", "Pipeline", false, false),
        new("Qualification", 2, 10, "Pipeline", "Pipeline", false, false),
        new("Needs Analysis", 3, 20, "Pipeline", "Pipeline", false, false),
        new("Value Proposition", 4, 50, "Pipeline", "Pipeline", false, false),
        new("Id. Decision Makers", 5, 60, "Pipeline", "Pipeline", false, false),
        new("Perception Analysis", 6, 70, "BestCase", "Best Case", false, false),
        new("Proposal/Price Quote", 7, 75, "BestCase", "Best Case", false, false),
        new("Negotiation/Review", 8, 90, "Forecast", "Commit", false, false),
        new("Closed Won", 9, 100, "Closed", "Closed", true, true),
        new("Closed Lost", 10, 0, "Omitted", "Omitted", true, false),
        new("Legacy Discovery", 11, 5, "Pipeline", "Pipeline", false, false, IsActive: false),
    ];

    public static IReadOnlyList<string> ActiveNames { get; } = All.Where(s => s.IsActive).Select(s => s.ApiName).ToList();

    public static OpportunityStageInfo? Find(string? name) =>
        All.FirstOrDefault(s => string.Equals(s.ApiName, name, StringComparison.OrdinalIgnoreCase));
}
