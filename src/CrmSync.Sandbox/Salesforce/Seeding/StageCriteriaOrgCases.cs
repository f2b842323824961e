using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Writes;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Plants opportunities and leads that break one stage-criteria rule each under the catalogue's defaults on the standard
/// stages (docs/stage-criteria.md; benchmark = the 14-day fallback, transitions tasked), written in the past through the
/// ordinary writer so that OpportunityHistory holds their moves as the real org would. Every opportunity walks the
/// stages in order unless its case says otherwise, has an account, contact roles and recent activity.
/// </summary>
internal static class StageCriteriaOrgCases
{
    private const string Prospecting = "Prospecting", Qualification = "Qualification", NeedsAnalysis = "Needs Analysis";
    private const string ValueProposition = "Value Proposition", DecisionMakers = "Id. Decision Makers";

    private static readonly string[] Ladder =
        [Prospecting, Qualification, NeedsAnalysis, ValueProposition, DecisionMakers, "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review", "Closed Won"];

    public static (List<PlantedStageCase> Deals, List<PlantedLifecycleCase> Leads) Plant(OrgStore store, PlantingClock clock)
    {
        var planter = new OrgPlanter(store, clock, new RecordWriter(store, new WriteFaults()));
        var deals = new List<PlantedStageCase>
        {
            planter.Opportunity("missing amount", "criteria_not_met", new() { Amount = null }, (Prospecting, 10), (Qualification, 5)),
            planter.Opportunity("single-threaded", "criteria_not_met", new() { Contacts = 1 }, Steps(DecisionMakers, 20, 4)),
            planter.Opportunity("past close date", "close_date_in_past", new() { CloseInDays = -3 }, (Prospecting, 10), (Qualification, 6)),
            planter.Opportunity("skipped stage", "skipped_stage", new(), (Prospecting, 10), (NeedsAnalysis, 5)),
            planter.Opportunity("moved back", "stage_regression", new(), (Prospecting, 12), (Qualification, 9), (NeedsAnalysis, 6), (Qualification, 3)),
            planter.Opportunity("stalled", "stage_time_exceeded", new(), (Prospecting, 45)),
            planter.Opportunity("gone dark", "going_dark", new() { ActivityDaysAgo = 12 }, (Prospecting, 13), (Qualification, 8)),
            planter.Opportunity("clean", null, new(), Steps(ValueProposition, 12, 3)),
            planter.Opportunity("clean won", null, new() { CloseInDays = -15 }, Steps("Closed Won", 40, 15)),
        };
        var leads = new List<PlantedLifecycleCase>
        {
            planter.Lead("working lead unreachable", "criteria_not_met", "Working - Contacted", email: null),
            planter.Lead("working lead", null, "Working - Contacted", email: "reachable@criteria-lead.example"),
        };
        clock.Offset = TimeSpan.Zero;
        return (deals, leads);
    }

    /// <summary>Every stage from Prospecting up to <paramref name="last"/>, entered evenly from <paramref name="firstDaysAgo"/> days ago to <paramref name="lastDaysAgo"/>.</summary>
    private static (string Stage, int DaysAgo)[] Steps(string last, int firstDaysAgo, int lastDaysAgo)
    {
        var count = Array.IndexOf(Ladder, last) + 1;
        return Ladder.Take(count).Select((s, i) => (s, firstDaysAgo - ((firstDaysAgo - lastDaysAgo) * i / Math.Max(1, count - 1)))).ToArray();
    }
}
