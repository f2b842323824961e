using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Metrics.Records;

/// <summary>The computed properties the metrics analyzer writes (docs/computed-properties.md gives the formulas).</summary>
public static class MetricsProperties
{
    public const string Mrr = "mrr";
    public const string MrrMovement = "mrr_movement";
    public const string MrrBucket = "mrr_bucket";
    public const string Nrr12m = "nrr_12m";
    public const string CustomerSince = "customer_since";
    public const string CycleDays = "cycle_days";
    public const string StageWinProbability = "stage_win_probability";
    public const string ExpectedValue = "expected_value";

    public static IReadOnlyList<ComputedPropertyDefinition> Definitions { get; } =
    [
        Company(Mrr, "CrmSync MRR", ComputedPropertyType.Number, "Monthly recurring revenue at the end of the current month, home currency, from won deals."),
        Company(MrrMovement, "CrmSync MRR movement", ComputedPropertyType.Number, "MRR at the end of this month minus MRR at the end of last month."),
        Company(MrrBucket, "CrmSync MRR bucket", ComputedPropertyType.Text, "This month's movement: new, upgrade, downgrade, churn or unchanged."),
        Company(Nrr12m, "CrmSync NRR 12 months", ComputedPropertyType.Number, "MRR now / MRR 12 month ends ago; empty when it was 0 then."),
        Company(CustomerSince, "CrmSync customer since", ComputedPropertyType.DateTime, "First day of the first month the company had MRR."),
        Deal(CycleDays, "CrmSync sales cycle days", ComputedPropertyType.Number, "Won deals: days from creation to entering the won stage."),
        Deal(StageWinProbability, "CrmSync stage win probability", ComputedPropertyType.Number,
            "Open deals: share of closed deals that entered the deal's current stage and were won."),
        Deal(ExpectedValue, "CrmSync expected value", ComputedPropertyType.Number, "Open deals: amount (home currency) × stage win probability."),
    ];

    private static ComputedPropertyDefinition Company(string name, string label, ComputedPropertyType type, string description) =>
        new(CrmObjectTypes.Companies, name, label, type, description + " Computed by CrmSync.");

    private static ComputedPropertyDefinition Deal(string name, string label, ComputedPropertyType type, string description) =>
        new(CrmObjectTypes.Deals, name, label, type, description + " Computed by CrmSync.");
}
