namespace CrmSync.Core.Metrics.Engine;

/// <summary>The tenant bridge and, per component, how many customers contribute to it (each metric's n).</summary>
internal sealed class BridgeTally
{
    public BridgeTotals Total { get; private set; }

    public int Starting { get; private set; }

    public int New { get; private set; }

    public int CrossSell { get; private set; }

    public int Upgrade { get; private set; }

    public int Downgrade { get; private set; }

    public int Churn { get; private set; }

    public int Ending { get; private set; }

    /// <summary>Customers with any movement (the sample of the flow ratios).</summary>
    public int Moving { get; private set; }

    public void Add(BridgeTotals bridge)
    {
        Total += bridge;
        Starting += bridge.Starting > 0 ? 1 : 0;
        New += bridge.New > 0 ? 1 : 0;
        CrossSell += bridge.CrossSell > 0 ? 1 : 0;
        Upgrade += bridge.Upgrade > 0 ? 1 : 0;
        Downgrade += bridge.Downgrade > 0 ? 1 : 0;
        Churn += bridge.Churn > 0 ? 1 : 0;
        Ending += bridge.Ending > 0 ? 1 : 0;
        Moving += bridge.New + bridge.CrossSell + bridge.Upgrade + bridge.Downgrade + bridge.Churn > 0 ? 1 : 0;
    }
}
