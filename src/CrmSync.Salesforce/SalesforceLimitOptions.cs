namespace CrmSync.Salesforce;

/// <summary><c>CrmSync:Connectors:{name}:Limits</c>: how much of the org's API allocation CrmSync may use.</summary>
public sealed class SalesforceLimitOptions
{
    /// <summary>
    /// Share of the org's rolling 24-hour API allocation left to other integrations and people: a job stops
    /// (BudgetExhausted) once <c>Sforce-Limit-Info</c> shows no more than this share left (0 – 0.9).
    /// </summary>
    public double DailyReserveShare { get; set; } = 0.10;

    /// <summary>Requests one connector has in flight at most (Salesforce allows 25 long-running ones per org, 5 in Developer orgs).</summary>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>A copy of every setting (MemberwiseClone), so a setting added later is never dropped.</summary>
    internal SalesforceLimitOptions Copy()
    {
        return (SalesforceLimitOptions)MemberwiseClone();
    }
}
