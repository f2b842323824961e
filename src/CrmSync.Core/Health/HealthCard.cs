namespace CrmSync.Core.Health;

/// <summary>One company's score (0–100) and the deductions behind it, each "what (−points)".</summary>
internal sealed record HealthCard(int Score, IReadOnlyList<string> Reasons)
{
    /// <summary>The reasons as written to the CRM: "; "-separated, empty (null) when nothing was deducted.</summary>
    public string? ReasonsText => Reasons.Count == 0 ? null : string.Join("; ", Reasons);
}
