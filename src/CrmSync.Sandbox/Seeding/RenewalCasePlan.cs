namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// The renewal and health cases both fakes plant, CRM-neutral: each is a customer company with a contract end, its last
/// activity, whether its champion (the contact on its won deal) is still associated, and its open deal if any. Scored
/// with the defaults of docs/renewals-and-health.md (window 120 days, alert below 50).
/// </summary>
internal static class RenewalCasePlan
{
    public const string RenewalApproaching = "renewal_approaching";
    public const string HealthDrop = "health_drop";

    public static IReadOnlyList<Case> All { get; } =
    [
        // Renewal −13 (60 of 120 days), no open deal −15: 72.
        new("renewal due", ContractEndInDays: 60, ActivityDaysAgo: 1, ChampionStays: true, OpenDeal.None, [RenewalApproaching]),
        new("renewal deal open", 60, 1, true, OpenDeal.RenewalPipeline, []),
        new("renewal type deal open", 30, 1, true, OpenDeal.RenewalType, []),
        new("renewal far", 200, 1, true, OpenDeal.Upsell, []),
        // Activity −35 (70 days), renewal −23 (10 days), no open deal −15: 27.
        new("renewal due and unhealthy", 10, 70, true, OpenDeal.None, [RenewalApproaching, HealthDrop]),
        // Activity −35 (90 days), champion gone −25, no open deal −15: 25.
        new("unhealthy", 300, 90, false, OpenDeal.None, [HealthDrop]),
        new("healthy", 300, 2, true, OpenDeal.Upsell, []),
    ];

    public enum OpenDeal
    {
        None,

        /// <summary>An open deal in the "Renewals" pipeline (recognised by the pipeline's label).</summary>
        RenewalPipeline,

        /// <summary>An open deal of type renewal in the cases' own pipeline.</summary>
        RenewalType,

        /// <summary>An open deal that is no renewal (an upsell).</summary>
        Upsell,
    }

    public sealed record Case(string Name, int ContractEndInDays, int ActivityDaysAgo, bool ChampionStays, OpenDeal Open, IReadOnlyList<string> AlertTypes);
}
