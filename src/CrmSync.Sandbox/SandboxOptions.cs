namespace CrmSync.Sandbox;

/// <summary>Settings of one sandbox CRM. Validated by <see cref="SandboxOptionsValidator"/> when the sandbox starts.</summary>
public sealed class SandboxOptions
{
    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Seeded contacts; companies = max(10, Records/10), deals = max(20, Records/5). 1..1,000,000.</summary>
    public int Records { get; set; } = 1_000;

    public int Seed { get; set; } = 42;

    /// <summary>
    /// Plant the stage-criteria cases (a "Criteria Cases" pipeline whose deals each break one rule, plus clean
    /// controls; <see cref="SandboxState.PlantedStageCases"/> lists them). Off by default.
    /// </summary>
    public bool StageCriteriaCases { get; set; }

    /// <summary>
    /// Seed the CRM-neutral metrics scenario (<see cref="Scenarios.MetricsScenario"/>) instead of generated records: its
    /// pipeline, companies, contacts with lifecycle history and deals with stage history, nothing else (the Salesforce
    /// fake has the same option, so both CRMs hold one story). Off by default.
    /// </summary>
    public bool MetricsScenario { get; set; }

    /// <summary>
    /// Plant the renewal and health cases (customer companies with a <c>contract_end_date</c>, pipelines "Renewal Cases"
    /// and "Renewals"; <see cref="SandboxState.PlantedRenewalCases"/> lists them). Off by default.
    /// </summary>
    public bool RenewalCases { get; set; }

    /// <summary>The only Bearer token accepted; anything else is answered 401 INVALID_AUTHENTICATION.</summary>
    public string AccessToken { get; set; } = "pat-sandbox-token";

    /// <summary>Requests per rolling 10 s window and token (search excluded); 0 = unlimited.</summary>
    public int BurstLimitPer10Seconds { get; set; } = 190;

    /// <summary>Search requests per rolling second and token; 0 = unlimited.</summary>
    public int SearchLimitPerSecond { get; set; } = 5;

    /// <summary>Accepted requests per day (TimeProvider's local day); 0 = unlimited.</summary>
    public long DailyLimit { get; set; } = 1_000_000;

    public RetryAfterMode RetryAfter { get; set; } = RetryAfterMode.None;

    /// <summary>Send X-HubSpot-RateLimit-* headers on non-search answers.</summary>
    public bool RateLimitHeaders { get; set; } = true;

    /// <summary>Fraction of admitted requests answered with a 5xx before they run (deterministic from Seed).</summary>
    public double FaultRate { get; set; }

    /// <summary>Fraction of successful read answers whose JSON body is cut short (deterministic from Seed).</summary>
    public double MalformedRate { get; set; }

    /// <summary>Delay added to every admitted request, measured on <see cref="TimeProvider"/>.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Fraction of seeded contacts and companies planted as near-duplicates of an earlier record. 0..0.5.</summary>
    public double DuplicateRate { get; set; } = 0.05;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Path prefix of the objects API (the connector's HubSpot:ObjectsPathPrefix).</summary>
    public string ObjectsPathPrefix { get; set; } = "/crm/v3/objects";

    /// <summary>When true, writing a property's current value again still appends a history entry (unverified HubSpot behaviour).</summary>
    public bool HistoryOnIdenticalWrite { get; set; }

    /// <summary>v4 association answers carry <c>toObjectId</c> as a JSON number (as live HubSpot reportedly does) instead of a string.</summary>
    public bool AssociationIdsAsNumbers { get; set; } = true;

    /// <summary>
    /// Search-index lag: a record created less than this ago is missing from search results (HubSpot's search is
    /// eventually consistent, hubspot-api.md §4). Changes to existing records are searchable at once. Zero = none.
    /// </summary>
    public TimeSpan SearchIndexLag { get; set; } = TimeSpan.Zero;

    /// <summary>Which id a merge answers with; in both modes a merged-away id then resolves to the survivor.</summary>
    public MergeIdMode MergeIds { get; set; } = MergeIdMode.KeepPrimary;

    /// <summary>
    /// When true, a batch/update naming an id that does not exist (or was deleted) is rejected as a whole with 400
    /// VALIDATION_ERROR and nothing is written, as some portals do; when false (default, hubspot-api.md §5) the other
    /// inputs are written and the answer is a 207 naming the missing ids.
    /// </summary>
    public bool RejectBatchWithMissingIds { get; set; }

    /// <summary>Most recent requests kept in <see cref="SandboxState.RequestLog"/>.</summary>
    public int RequestLogCapacity { get; set; } = 10_000;
}
