namespace CrmSync.Core.Health;

/// <summary>
/// <c>HealthScore:Weights</c>: the points each signal can take off the score of 100. They must add up to 100, so a
/// customer failing every signal scores 0. The default recipe puts usage at 0: it counts once the tenant names a usage
/// property (connector key <c>CompanyUsageField</c>) and gives it a weight.
/// </summary>
public sealed class HealthWeights
{
    /// <summary>Days since the last activity on the company, its contacts or its deals.</summary>
    public int Activity { get; set; } = 35;

    /// <summary>The champion (a contact of the latest won deal) no longer associated with the company.</summary>
    public int Champion { get; set; } = 25;

    /// <summary>Contract end approaching (or passed) without an open renewal deal.</summary>
    public int Renewal { get; set; } = 25;

    /// <summary>No open deal at all (renewal, upsell, cross-sell): the account is not engaged.</summary>
    public int OpenDeals { get; set; } = 15;

    /// <summary>The tenant's usage figure below <see cref="HealthScoreOptions.UsageHealthyAt"/>.</summary>
    public int Usage { get; set; }

    internal IEnumerable<(string Name, int Weight)> All() =>
        [(nameof(Activity), Activity), (nameof(Champion), Champion), (nameof(Renewal), Renewal), (nameof(OpenDeals), OpenDeals), (nameof(Usage), Usage)];
}
