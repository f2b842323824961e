using System.Globalization;
using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Pipelines;

namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Plants deals that break one stage-criteria rule each, in a pipeline of their own ("Criteria Cases", id
/// <see cref="PipelineId"/>) so that seeded deals never mix with them, with histories written in the past through the
/// ordinary writer. The rules assume the configuration of docs/sandbox.md ("Stage-criteria cases"): qualified needs an
/// amount, proposal two contacts, going dark after 10 days, a fixed 30-day benchmark, transitions tasked.
/// </summary>
internal static class StageCriteriaCases
{
    public const string PipelineId = "crmsync-criteria";

    private static readonly string[] Stages = ["cc_discovery", "cc_qualified", "cc_proposal"];

    public static DealPipeline Pipeline(DateTimeOffset seededAt) => new(
        PipelineId,
        "Criteria Cases",
        2,
        [
            new("cc_discovery", "Discovery", 0, false, "0.1"),
            new("cc_qualified", "Qualified", 1, false, "0.3"),
            new("cc_proposal", "Proposal", 2, false, "0.6"),
            new("cc_won", "Won", 3, true, "1.0"),
            new("cc_lost", "Lost", 4, true, "0.0"),
        ],
        seededAt.AddDays(-400),
        seededAt.AddDays(-400));

    public static List<PlantedStageCase> Plant(SandboxStore store, PlantingClock clock)
    {
        var writer = new RecordWriter(store);
        var owner = store.Owners.First(o => !o.Archived);
        var source = WriteSource.User(owner.UserId);
        var planter = new Planter(store, clock, writer, source, owner.Id);
        var cases = new List<PlantedStageCase>
        {
            planter.Deal("missing amount", "criteria_not_met", amount: null, contacts: 2, activityDaysAgo: 1, (0, 10), (1, 5)),
            planter.Deal("single-threaded", "criteria_not_met", amount: "5000", contacts: 1, activityDaysAgo: 1, (0, 12), (1, 9), (2, 4)),
            planter.Deal("past close date", "close_date_in_past", amount: "5000", contacts: 2, activityDaysAgo: 1, closeInDays: -3, stages: [(0, 10), (1, 6)]),
            planter.Deal("skipped stage", "skipped_stage", amount: "5000", contacts: 2, activityDaysAgo: 1, (0, 10), (2, 5)),
            planter.Deal("moved back", "stage_regression", amount: "5000", contacts: 2, activityDaysAgo: 1, (0, 20), (1, 15), (2, 10), (1, 5)),
            planter.Deal("stalled", "stage_time_exceeded", amount: "5000", contacts: 2, activityDaysAgo: 1, (0, 45)),
            planter.Deal("gone dark", "going_dark", amount: "5000", contacts: 2, activityDaysAgo: 20, (0, 10), (1, 8)),
            planter.Deal("clean", null, amount: "5000", contacts: 2, activityDaysAgo: 1, (0, 10), (1, 7), (2, 3)),
            planter.Won("clean won"),
        };
        clock.Offset = TimeSpan.Zero;
        return cases;
    }

    private sealed class Planter(SandboxStore store, PlantingClock clock, RecordWriter writer, WriteSource source, string ownerId)
    {
        private int _number;

        public PlantedStageCase Deal(string name, string? rule, string? amount, int contacts, int activityDaysAgo, params (int Stage, int DaysAgo)[] stages) =>
            Deal(name, rule, amount, contacts, activityDaysAgo, 30, stages);

        public PlantedStageCase Deal(string name, string? rule, string? amount, int contacts, int activityDaysAgo, int closeInDays, (int Stage, int DaysAgo)[] stages)
        {
            var id = Create(name, Stages[stages[0].Stage], amount, contacts, closeInDays, stages[0].DaysAgo);
            foreach (var (stage, daysAgo) in stages.Skip(1))
                Move(id, Stages[stage], daysAgo);
            clock.Offset = TimeSpan.Zero;
            var activity = SeedTime.Iso(store.NowMs - (activityDaysAgo * SeedTime.Day));
            writer.Update(store.Table(ObjectTypes.Deals), id, new Dictionary<string, string?> { ["notes_last_updated"] = activity }, source);
            return new PlantedStageCase(id.ToString(CultureInfo.InvariantCulture), name, rule);
        }

        public PlantedStageCase Won(string name)
        {
            var id = Create(name, Stages[0], "8000", 2, -15, 40);
            Move(id, Stages[1], 30);
            Move(id, Stages[2], 25);
            Move(id, "cc_won", 15);
            clock.Offset = TimeSpan.Zero;
            return new PlantedStageCase(id.ToString(CultureInfo.InvariantCulture), name, null);
        }

        private long Create(string name, string stage, string? amount, int contacts, int closeInDays, int daysAgo)
        {
            clock.Offset = TimeSpan.FromDays(-daysAgo - 1);
            var n = ++_number;
            var company = writer.Create(ObjectTypes.Companies, new Dictionary<string, string?>
            {
                ["name"] = $"Criteria Case {n} Ltd", ["domain"] = $"criteria-case-{n}.example", ["hubspot_owner_id"] = ownerId,
            }, [], source);
            var people = Enumerable.Range(1, contacts).Select(c => writer.Create(ObjectTypes.Contacts, new Dictionary<string, string?>
            {
                ["firstname"] = $"Case{n}", ["lastname"] = $"Buyer{c}", ["email"] = $"buyer{c}@criteria-case-{n}.example", ["hubspot_owner_id"] = ownerId,
            }, [], source)).ToList();

            clock.Offset = TimeSpan.FromDays(-daysAgo);
            var values = new Dictionary<string, string?>
            {
                ["dealname"] = $"Criteria: {name}",
                ["pipeline"] = PipelineId,
                ["dealstage"] = stage,
                ["closedate"] = SeedTime.Iso(store.NowMs + ((daysAgo + closeInDays) * SeedTime.Day)),
                ["hubspot_owner_id"] = ownerId,
            };
            if (amount is not null)
                values["amount"] = amount;
            var links = people.Select(p => new AssociationRequest(AssociationTypes.Default(ObjectKind.Deals, ObjectKind.Contacts)!, p))
                .Append(new AssociationRequest(AssociationTypes.Default(ObjectKind.Deals, ObjectKind.Companies)!, company))
                .ToList();
            return writer.Create(ObjectTypes.Deals, values, links, source);
        }

        private void Move(long id, string stage, int daysAgo)
        {
            clock.Offset = TimeSpan.FromDays(-daysAgo);
            writer.Update(store.Table(ObjectTypes.Deals), id, new Dictionary<string, string?> { ["dealstage"] = stage }, source);
        }
    }
}
