namespace CrmSync.Core.Metrics;

/// <summary>
/// A revenue bridge (one customer or a tenant, one month or the sum of a window's monthly movements):
/// Ending = Starting + New + CrossSell + Upgrade − Downgrade − Churn.
/// </summary>
public readonly record struct BridgeTotals(decimal Starting, decimal New, decimal CrossSell, decimal Upgrade, decimal Downgrade, decimal Churn, decimal Ending)
{
    public decimal Expansion => CrossSell + Upgrade;

    /// <summary>True when the identity holds exactly.</summary>
    public bool IsBalanced => Ending == Starting + New + CrossSell + Upgrade - Downgrade - Churn;

    public static BridgeTotals operator +(BridgeTotals a, BridgeTotals b) => new(
        a.Starting + b.Starting, a.New + b.New, a.CrossSell + b.CrossSell, a.Upgrade + b.Upgrade,
        a.Downgrade + b.Downgrade, a.Churn + b.Churn, a.Ending + b.Ending);

    /// <summary>(New + Upgrade + CrossSell) / (Churn + Downgrade); <c>ZeroDenominator</c> when nothing was lost.</summary>
    public MetricValue QuickRatio(int n, int minSample) => MetricValue.Ratio(New + Expansion, Churn + Downgrade, n, minSample);

    /// <summary>(Upgrade + CrossSell) / (New + Upgrade + CrossSell).</summary>
    public MetricValue ExpansionRatio(int n, int minSample) => MetricValue.Ratio(Expansion, New + Expansion, n, minSample);

    /// <summary>(Upgrade + CrossSell) / Starting.</summary>
    public MetricValue ExpansionRate(int n, int minSample) => MetricValue.Ratio(Expansion, Starting, n, minSample);

    /// <summary>(Churn + Downgrade) / Starting = 1 − GRR.</summary>
    public MetricValue GrossRevenueChurn(int n, int minSample) => MetricValue.Ratio(Churn + Downgrade, Starting, n, minSample);

    /// <summary>Throws when the identity does not hold: a computation bug, never bad input.</summary>
    public BridgeTotals Asserted(string what) => IsBalanced
        ? this
        : throw new InvalidOperationException(
            $"Revenue bridge identity broken for {what}: {Starting} + {New} + {CrossSell} + {Upgrade} - {Downgrade} - {Churn} != {Ending}.");
}
