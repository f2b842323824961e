namespace CrmSync.Sandbox.Salesforce;

/// <summary>Settings of one fake Salesforce org. Validated by <see cref="SalesforceOrgOptionsValidator"/> when it starts.</summary>
public sealed class SalesforceOrgOptions
{
    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Seeded contacts (1..1,000,000); accounts = max(10, Records/10), opportunities = max(20, Records/5), leads = max(20, Records/2).</summary>
    public int Records { get; set; } = 1_000;

    public int Seed { get; set; } = 42;

    /// <summary>
    /// Hold the CRM-neutral metrics scenario (<see cref="Scenarios.MetricsScenario"/>) instead of generated records:
    /// accounts, opportunities with OpportunityHistory, leads and contacts with lifecycle date fields (created as custom
    /// fields), as the HubSpot sandbox's option of the same name does in HubSpot's shape. Off by default.
    /// </summary>
    public bool MetricsScenario { get; set; }

    /// <summary>Connected app consumer key (client_id, and the JWT's iss).</summary>
    public string ClientId { get; set; } = "3MVG9sandbox.crmsync.client";

    /// <summary>Connected app consumer secret for the client-credentials flow (a sandbox value, not a secret).</summary>
    public string ClientSecret { get; set; } = "sandbox-client-secret";

    /// <summary>The JWT bearer flow's <c>sub</c>: the integration user's username.</summary>
    public string Username { get; set; } = "crmsync.integration@crmsync-sandbox.org";

    /// <summary>PEM of the RSA public key (or certificate) that verifies JWT assertions; null accepts any signature.</summary>
    public string? JwtPublicKeyPem { get; set; }

    /// <summary>A token stops working this long after it was issued (the org's session timeout).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The <c>instance_url</c> the token endpoint answers with; null means the scheme and host the token request came
    /// to (the fake is then both login and instance host). Set it to put something between the client and the data
    /// host, e.g. a fault-injecting proxy: the client logs in at the fake and sends its data calls to this URL.
    /// </summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>API version segment the fake answers with in URLs it builds (any vNN.N is accepted on requests).</summary>
    public string ApiVersion { get; set; } = "60.0";

    /// <summary>A query cursor (nextRecordsUrl) not used for this long is gone: INVALID_QUERY_LOCATOR.</summary>
    public TimeSpan QueryCursorIdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>DailyApiRequests Max over a rolling 24 hours (Developer Edition 15,000; Enterprise 100,000 + licences). 1 or more.</summary>
    public long DailyApiLimit { get; set; } = 100_000;

    /// <summary>Requests in flight for at least <see cref="LongRequestThreshold"/> that make the next request fail with 403 ConcurrentPerOrgLongTxn.</summary>
    public int LongRequestLimit { get; set; } = 25;

    public TimeSpan LongRequestThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Ids above which getUpdated/getDeleted answer EXCEEDED_ID_LIMIT.</summary>
    public int ReplicationIdLimit { get; set; } = 600_000;

    /// <summary>Fraction of seeded contacts, accounts and leads planted as near-duplicates (0..0.5).</summary>
    public double DuplicateRate { get; set; } = 0.05;

    /// <summary>
    /// Plant opportunities and leads that break one stage-criteria rule each under the catalogue's defaults, plus clean
    /// controls (docs/sandbox.md, "Stage-criteria cases"; <see cref="SalesforceOrgState.PlantedStageCases"/> lists them). Off by default.
    /// </summary>
    public bool StageCriteriaCases { get; set; }

    /// <summary>
    /// Plant the renewal and health cases (customer accounts with <c>Contract_End_Date__c</c>, which the org then has;
    /// <see cref="SalesforceOrgState.PlantedRenewalCases"/> lists them). Off by default.
    /// </summary>
    public bool RenewalCases { get; set; }

    /// <summary>Custom fields the org has; defaults to the fields CrmSync writes (<see cref="SalesforceCustomField.CrmSyncDefaults"/>).</summary>
    public IReadOnlyList<SalesforceCustomField> CustomFields { get; set; } = SalesforceCustomField.CrmSyncDefaults;

    /// <summary>Fraction of admitted data requests answered 500 or 503 before they run (deterministic from Seed).</summary>
    public double FaultRate { get; set; }

    /// <summary>Fraction of successful reads whose JSON body is cut short.</summary>
    public double MalformedRate { get; set; }

    /// <summary>Fraction of admitted requests answered with an HTML maintenance page (503, text/html).</summary>
    public double HtmlErrorRate { get; set; }

    /// <summary>Fraction of admitted requests delayed by <see cref="SlowResponseDelay"/> before they run.</summary>
    public double SlowRate { get; set; }

    public TimeSpan SlowResponseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay added to every admitted request.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Clock for seeding, timestamps, token and cursor expiry, the rolling day and delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Most recent requests kept in the request log.</summary>
    public int RequestLogCapacity { get; set; } = 10_000;
}
