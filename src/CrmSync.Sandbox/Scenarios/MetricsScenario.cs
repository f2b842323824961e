using System.Text;

namespace CrmSync.Sandbox.Scenarios;

/// <summary>
/// One CRM-neutral story for the revenue metrics (issue 9: "the same metrics on the HubSpot sandbox and the
/// Salesforce sandbox, seeded with the same scenario, agree"): companies, deals with their stage paths and amounts,
/// people with their lifecycle paths, all dated in whole days before <see cref="Anchor"/> (a fixed instant, so both
/// fakes hold the same dates whenever and wherever they start). Each fake renders it in its own native shape with <see cref="SandboxOptions.MetricsScenario"/> or
/// <see cref="Salesforce.SalesforceOrgOptions.MetricsScenario"/>: HubSpot as a pipeline, contacts whose
/// <c>lifecyclestage</c> changes over time and deals whose <c>dealstage</c> does; Salesforce as opportunities with
/// OpportunityHistory rows, and leads or contacts with lifecycle date fields. Revenue follows from the won deals
/// (amount over a 12-month contract from the close date), so no MRR is stored anywhere.
/// </summary>
public static class MetricsScenario
{
    public const string Won = "Closed Won";
    public const string Lost = "Closed Lost";

    /// <summary>The deal stages in display order: a new Salesforce org's standard stages (HubSpot renders them as a pipeline).</summary>
    public static IReadOnlyList<string> DealStages { get; } =
    [
        "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis",
        "Proposal/Price Quote", "Negotiation/Review", Won, Lost, "Legacy Discovery",
    ];

    /// <summary>The HubSpot pipeline id of the scenario.</summary>
    public const string HubSpotPipelineId = "scenario";

    /// <summary>
    /// Salesforce keeps no lifecycle stage: the scenario's org has one date field per stage on Lead and Contact (as
    /// admins add them, salesforce-api.md §7: "MQL/SQL dates are usually custom fields"); a lead enters <c>lead</c> at
    /// its creation. Configure the connector's <c>LifecycleDateFields</c> with this map.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SalesforceLifecycleFields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lead"] = "CreatedDate",
        ["marketingqualifiedlead"] = "MQL_Date__c",
        ["salesqualifiedlead"] = "SQL_Date__c",
        ["opportunity"] = "Opportunity_Date__c",
        ["customer"] = "Customer_Date__c",
    };

    public static IReadOnlyList<ScenarioCompany> Companies { get; } =
    [
        new("alpha", "Alpha Analytics", "alpha-analytics.example", 720),
        new("beta", "Beta Builders", "beta-builders.example", 720),
        new("gamma", "Gamma Logistics", "gamma-logistics.example", 600),
        new("delta", "Delta Dental", "delta-dental.example", 400),
        new("epsilon", "Epsilon Energy", "epsilon-energy.example", 300),
        new("omega", "Omega Outfitters", "omega-outfitters.example", 720),
    ];

    public static IReadOnlyList<ScenarioDeal> Deals { get; } =
    [
        Deal("d1", "alpha", 24_000m, ("Prospecting", 500), ("Qualification", 480), ("Proposal/Price Quote", 460), (Won, 450)),
        Deal("d2", "alpha", 30_000m, ("Prospecting", 100), ("Negotiation/Review", 95), (Won, 90)),
        Deal("d3", "beta", 36_000m, ("Prospecting", 400), ("Qualification", 390), ("Needs Analysis", 380), ("Value Proposition", 370), (Won, 360)),
        Deal("d4", "beta", 12_000m, ("Prospecting", 200), ("Proposal/Price Quote", 190), (Won, 170)),
        Deal("d5", "gamma", 18_000m, ("Prospecting", 300), ("Qualification", 290), (Won, 280)),
        Deal("d6", "gamma", 9_000m, ("Prospecting", 150), ("Qualification", 140), (Lost, 120)),
        Deal("d7", "delta", 48_000m, ("Prospecting", 80), ("Qualification", 70), ("Needs Analysis", 60), ("Negotiation/Review", 40), (Won, 20)),
        Deal("d8", "epsilon", 15_000m, ("Prospecting", 60), ("Qualification", 45)),
        // Lost, then reopened and won: it counts once, by its final outcome (metrics.md §0).
        Deal("d9", "epsilon", 20_000m, ("Prospecting", 250), (Lost, 200), ("Qualification", 150), (Won, 130)),
        Deal("d10", "delta", 5_000m, ("Prospecting", 40), (Lost, 10)),
        Deal("d11", "beta", null, ("Prospecting", 30)),
        Deal("d12", "omega", 6_000m, ("Prospecting", 700), (Won, 690)),
        Deal("d13", "gamma", 7_200m, ("Prospecting", 50), ("Id. Decision Makers", 35), ("Perception Analysis", 25), (Won, 12)),
        Deal("d14", "alpha", 4_000m, ("Prospecting", 25), ("Qualification", 5)),
    ];

    public static IReadOnlyList<ScenarioPerson> People { get; } =
    [
        Person("p1", "Ada", "Archer", ("lead", 400), ("marketingqualifiedlead", 390), ("salesqualifiedlead", 380), ("opportunity", 370), ("customer", 360)),
        Person("p2", "Ben", "Baker", ("lead", 300), ("marketingqualifiedlead", 280), ("salesqualifiedlead", 270), ("opportunity", 260), ("customer", 240)),
        Person("p3", "Cleo", "Cole", ("lead", 200), ("marketingqualifiedlead", 190)),
        Person("p4", "Dan", "Drake", ("lead", 150), ("marketingqualifiedlead", 140), ("salesqualifiedlead", 100)),
        // Skips MQL: the jump implies it at the same instant (Δt 0).
        Person("p5", "Eve", "Ellis", ("lead", 120), ("salesqualifiedlead", 90)),
        Person("p6", "Finn", "Frost", ("lead", 90), ("marketingqualifiedlead", 85), ("salesqualifiedlead", 80), ("opportunity", 70), ("customer", 20)),
        Person("p7", "Gia", "Grant", ("lead", 60), ("marketingqualifiedlead", 50)),
        Person("p8", "Hal", "Hayes", ("lead", 45)),
        Person("p9", "Ivy", "Irwin", ("lead", 35), ("marketingqualifiedlead", 30), ("salesqualifiedlead", 25), ("opportunity", 15)),
        Person("p10", "Jon", "Jude", ("lead", 20), ("marketingqualifiedlead", 12)),
        Person("p11", "Kim", "Kerr", ("lead", 10)),
        Person("p12", "Lou", "Lane", ("lead", 500), ("marketingqualifiedlead", 480), ("salesqualifiedlead", 470), ("opportunity", 460), ("customer", 450)),
        Person("p13", "Mo", "Marsh", ("lead", 75), ("marketingqualifiedlead", 66), ("salesqualifiedlead", 40)),
        Person("p14", "Nia", "Noble", ("lead", 55), ("marketingqualifiedlead", 54), ("salesqualifiedlead", 41), ("opportunity", 38), ("customer", 12)),
    ];

    /// <summary>Every scenario date counts back from this instant (midnight UTC): compute the metrics as of it.</summary>
    public static DateTimeOffset Anchor { get; } = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The HubSpot stage id of a scenario stage: its name in lower case without spaces or punctuation (<c>closedwon</c>).</summary>
    public static string HubSpotStageId(string stage)
    {
        var id = new StringBuilder(stage.Length);
        foreach (var c in stage.Where(char.IsAsciiLetterOrDigit))
            id.Append(char.ToLowerInvariant(c));
        return id.ToString();
    }

    public static bool IsClosed(string stage) => stage is Won or Lost;

    private static ScenarioDeal Deal(string key, string company, decimal? amount, params (string Stage, int DaysAgo)[] path) =>
        new(key, company, $"{Companies.First(c => c.Key == company).Name} {key.ToUpperInvariant()}", amount, Steps(path));

    private static ScenarioPerson Person(string key, string first, string last, params (string Stage, int DaysAgo)[] path) =>
        new(key, first, last, Steps(path));

    private static ScenarioStep[] Steps((string Stage, int DaysAgo)[] path) => [.. path.Select(p => new ScenarioStep(p.Stage, p.DaysAgo))];
}
