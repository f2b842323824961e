namespace CrmSync.HubSpot;

/// <summary>One HubSpot portal: bound from <c>CrmSync:Connectors:{name}</c>, checked by <see cref="HubSpotConnectorOptionsValidator"/>.</summary>
public sealed class HubSpotConnectorOptions
{
    public string BaseUrl { get; set; } = "https://api.hubapi.com";

    /// <summary>Private-app token. Never logged and never put in an exception message.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Path of the objects family (list, search, batch); the date-versioned family also works, e.g. <c>/crm/objects/2026-03</c>.</summary>
    public string ObjectsPathPrefix { get; set; } = "/crm/v3/objects";

    /// <summary>The keys <c>RateLimit:BurstPer10Seconds</c>, <c>RateLimit:SearchPerSecond</c>, <c>RateLimit:Utilisation</c>.</summary>
    public HubSpotRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Overlap re-read by every incremental pull (clock skew, late commits, search-index lag).</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a record written a moment ago may be missing from HubSpot's search (eventually consistent,
    /// hubspot-api.md §4). An incremental window ends this far behind "now", so it cannot skip such a record for good;
    /// a task create without a confirmed answer is looked up by its alert key only once this has passed, then created
    /// again only if absent.
    /// </summary>
    public TimeSpan IndexLag { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often an incremental pull re-reads every record's associations (HubSpot does not change a record's modified
    /// date when only an association changes). <c>00:00:00</c> turns the refresh off (the full reconcile still sees it).
    /// </summary>
    public TimeSpan AssociationRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The portal's id (Hub ID): with it, digest tasks link to each record in HubSpot; without it they give record ids.</summary>
    public string? PortalId { get; set; }

    /// <summary>HubSpot's web app, for record links (EU portals: <c>https://app-eu1.hubspot.com</c>).</summary>
    public string AppUrl { get; set; } = "https://app.hubspot.com";

    /// <summary>
    /// A company property holding the company's monthly recurring revenue (e.g. <c>mrr</c>, a property of your own), read
    /// with its value history as the company's canonical <c>recurring_amount</c>: the money source
    /// <c>Metrics:RevenueSource = CompanyProperty</c> (the MRR at each month end is the value the property had then).
    /// None by default.
    /// </summary>
    public string? CompanyRevenueProperty { get; set; }

    /// <summary>
    /// The company property holding the customer's contract end date (HubSpot has no default one): it maps to the
    /// canonical <c>contract_end</c> of companies, read by renewals and the health score. Empty: companies have none.
    /// </summary>
    public string? CompanyContractEndField { get; set; }

    /// <summary>A numeric company property the health score reads as usage (canonical <c>usage</c>). Empty: none.</summary>
    public string? CompanyUsageField { get; set; }

    /// <summary>Delays and window sizes; internal so configuration cannot bind it and tests can shrink it.</summary>
    internal HubSpotTuning Tuning { get; set; } = new();

    /// <summary>A private copy for one connector (the caller's object, often a live IOptionsMonitor value, can change later): every setting by MemberwiseClone, so one added later is never dropped, and the nested options copied too.</summary>
    internal HubSpotConnectorOptions Copy()
    {
        var copy = (HubSpotConnectorOptions)MemberwiseClone();
        copy.RateLimit = RateLimit.Copy();
        return copy; // Tuning stays shared: it is internal and never changed after start
    }
}
