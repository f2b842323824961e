namespace CrmSync.Worker.Demo;

/// <summary>
/// Where the demo's money comes from: the sandbox portal's deals carry amounts and close dates but no <c>hs_mrr</c>,
/// so the demo connector reads revenue from won deals' amounts over their contract term (<c>Metrics:RevenueSource</c>
/// = ContractAmount, 12 months), as a portal without recurring-revenue fields would be configured
/// (docs/metrics.md). Without it the revenue bridge and NRR/GRR of the dashboard's CrmSync page had nothing to show.
/// </summary>
public static class DemoMetricsSettings
{
    public static IReadOnlyDictionary<string, string?> For(string connector) => new Dictionary<string, string?>
    {
        [$"CrmSync:Connectors:{connector}:Metrics:RevenueSource"] = "ContractAmount",
    };
}
