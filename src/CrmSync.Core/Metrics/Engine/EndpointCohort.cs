namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// The customers live (MRR &gt; 0) at a window's start, compared at its end: NRR = Σ e / Σ b, GRR = Σ min(e, b) / Σ b,
/// logo churn = those at 0 at the end (metrics.md §2.2: windows longer than a month are never chained).
/// </summary>
internal sealed class EndpointCohort
{
    public int Customers { get; private set; }

    public int Churned { get; private set; }

    public decimal Start { get; private set; }

    public decimal End { get; private set; }

    public decimal Retained { get; private set; }

    public void Add(decimal b, decimal e)
    {
        if (b <= 0)
            return;
        Customers++;
        Churned += e == 0 ? 1 : 0;
        Start += b;
        End += e;
        Retained += Math.Min(b, e);
    }

    public MetricValue Nrr(int minSample) => MetricValue.Ratio(End, Start, Customers, minSample);

    public MetricValue Grr(int minSample) => MetricValue.Ratio(Retained, Start, Customers, minSample);

    /// <summary>1 − NRR (negative: net negative churn).</summary>
    public MetricValue NetRevenueChurn(int minSample) => MetricValue.Ratio(Start - End, Start, Customers, minSample);
}
