namespace CrmSync.Salesforce;

/// <summary>One Salesforce org: bound from <c>CrmSync:Connectors:{name}</c>, checked by <see cref="SalesforceConnectorOptionsValidator"/>.</summary>
public sealed class SalesforceConnectorOptions
{
    /// <summary>
    /// Where tokens are requested: <c>https://login.salesforce.com</c>, <c>https://test.salesforce.com</c> or the org's
    /// My Domain (which the client-credentials flow requires). Data calls go to the token answer's <c>instance_url</c>.
    /// </summary>
    public string LoginUrl { get; set; } = "https://login.salesforce.com";

    /// <summary>The REST API version in every data path, e.g. <c>60.0</c> (<c>/services/data/v60.0/…</c>).</summary>
    public string ApiVersion { get; set; } = "60.0";

    /// <summary>The keys <c>Auth:Flow</c>, <c>Auth:ClientId</c>, … (OAuth 2.0 JWT bearer or client credentials).</summary>
    public SalesforceAuthOptions Auth { get; set; } = new();

    /// <summary>The keys <c>Limits:DailyReserveShare</c>, <c>Limits:MaxConcurrentRequests</c>.</summary>
    public SalesforceLimitOptions Limits { get; set; } = new();

    /// <summary>Overlap re-read by every incremental pull (clock skew, transactions committed after their SystemModstamp).</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Records per query page asked with <c>Sforce-Query-Options: batchSize</c> (200–2,000; a hint Salesforce may lower).</summary>
    public int QueryBatchSize { get; set; } = 2_000;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>HTTP retries of idempotent calls after a 5xx, a timeout or a dropped connection (0–20).</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Resends of a record answered <c>UNABLE_TO_LOCK_ROW</c> within one write-back, with back-off (0–10).</summary>
    public int LockRetries { get; set; } = 3;

    /// <summary>
    /// Lifecycle stage (canonical: <c>lead</c>, <c>marketingqualifiedlead</c>, <c>salesqualifiedlead</c>,
    /// <c>opportunity</c>, <c>customer</c>, …) → the Lead and Contact date/datetime field recording when the person entered
    /// it (e.g. <c>marketingqualifiedlead: MQL_Date__c</c>; <c>lead: CreatedDate</c>). Salesforce keeps no lifecycle
    /// history of its own; these dates become the person's <c>lifecycle_stage</c> history. An object without the field
    /// simply has no entry for that stage. Empty by default.
    /// </summary>
    public Dictionary<string, string> LifecycleDateFields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The Opportunity fields of a contract's start, end and term (all optional, none by default).</summary>
    public SalesforceContractFields ContractFields { get; set; } = new();

    /// <summary>
    /// The Opportunity number or currency field holding the deal's monthly recurring amount (e.g. <c>MRR__c</c>), read as
    /// <c>recurring_amount</c>: the money source <c>Metrics:RevenueSource = RecurringAmount</c> on Salesforce. None by default.
    /// </summary>
    public string? RecurringAmountField { get; set; }

    /// <summary>
    /// The Account field holding the customer's contract end date, e.g. <c>Contract_End_Date__c</c> (Salesforce has no
    /// standard one): it maps to the canonical <c>contract_end</c> of companies, read by renewals and the health score.
    /// Empty: accounts have none (a won opportunity's contract end is used where the connector maps one).
    /// </summary>
    public string? CompanyContractEndField { get; set; }

    /// <summary>A numeric Account field the health score reads as usage (canonical <c>usage</c>), e.g. <c>Active_Users__c</c>. Empty: none.</summary>
    public string? CompanyUsageField { get; set; }

    /// <summary>Delays and sizes; internal so configuration cannot bind it and tests can shrink it.</summary>
    internal SalesforceTuning Tuning { get; set; } = new();

    /// <summary>A private copy for one connector (the caller's object, often a live IOptionsMonitor value, can change later): every setting by MemberwiseClone, so one added later is never dropped, and the nested options copied too.</summary>
    internal SalesforceConnectorOptions Copy()
    {
        var copy = (SalesforceConnectorOptions)MemberwiseClone();
        copy.Auth = Auth.Copy();
        copy.Limits = Limits.Copy();
        copy.LifecycleDateFields = new Dictionary<string, string>(LifecycleDateFields ?? [], StringComparer.Ordinal);
        copy.ContractFields = ContractFields?.Copy() ?? new SalesforceContractFields();
        return copy; // Tuning stays shared: it is internal and never changed after start
    }
}
