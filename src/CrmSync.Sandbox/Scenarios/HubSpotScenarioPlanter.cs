using System.Globalization;
using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Pipelines;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Scenarios;

/// <summary>
/// Renders <see cref="MetricsScenario"/> in the HubSpot sandbox: a "Metrics Scenario" deal pipeline with the scenario's
/// stages (ids per <see cref="MetricsScenario.HubSpotStageId"/>), companies, contacts created in their first lifecycle
/// stage and moved forward (each move a <c>lifecyclestage</c> history entry), deals created in their first stage and
/// moved (each move a <c>dealstage</c> history entry, closed stages setting <c>closedate</c>). Every write goes
/// through the ordinary writer at the scenario's instant (the planting clock is held there).
/// </summary>
internal static class HubSpotScenarioPlanter
{
    public static DealPipeline Pipeline(DateTimeOffset seededAt) => new(
        MetricsScenario.HubSpotPipelineId,
        "Metrics Scenario",
        0,
        [.. MetricsScenario.DealStages.Select((stage, order) => new PipelineStage(
            MetricsScenario.HubSpotStageId(stage), stage, order, MetricsScenario.IsClosed(stage),
            stage == MetricsScenario.Won ? "1.0" : stage == MetricsScenario.Lost ? "0.0" : "0.5"))],
        seededAt.AddDays(-900),
        seededAt.AddDays(-900));

    public static void Plant(SandboxStore store, PlantingClock clock)
    {
        var anchor = MetricsScenario.Anchor;
        var writer = new RecordWriter(store);
        var owner = store.Owners.First(o => !o.Archived);
        var source = WriteSource.User(owner.UserId);
        DateTimeOffset At(int daysAgo) => anchor.AddDays(-daysAgo);

        var companies = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var company in MetricsScenario.Companies)
        {
            clock.FixedAt = At(company.CreatedDaysAgo);
            companies[company.Key] = writer.Create(ObjectTypes.Companies, new Dictionary<string, string?>
            {
                ["name"] = company.Name, ["domain"] = company.Domain, ["hubspot_owner_id"] = owner.Id,
            }, [], source);
        }

        foreach (var person in MetricsScenario.People)
        {
            clock.FixedAt = At(person.CreatedDaysAgo);
            var id = writer.Create(ObjectTypes.Contacts, new Dictionary<string, string?>
            {
                ["firstname"] = person.FirstName, ["lastname"] = person.LastName, ["email"] = person.Email,
                ["lifecyclestage"] = person.Path[0].Stage, ["hubspot_owner_id"] = owner.Id,
            }, [], source);
            foreach (var step in person.Path.Skip(1))
            {
                clock.FixedAt = At(step.DaysAgo);
                writer.Update(store.Table(ObjectTypes.Contacts), id, new Dictionary<string, string?> { ["lifecyclestage"] = step.Stage }, source);
            }
        }

        foreach (var deal in MetricsScenario.Deals)
        {
            clock.FixedAt = At(deal.CreatedDaysAgo);
            var values = new Dictionary<string, string?>
            {
                ["dealname"] = deal.Name,
                ["pipeline"] = MetricsScenario.HubSpotPipelineId,
                ["dealstage"] = MetricsScenario.HubSpotStageId(deal.Path[0].Stage),
                // Open deals expect to close in a month; a closed stage sets closedate to the day it is entered.
                ["closedate"] = SeedTime.Iso(anchor.AddDays(30).ToUnixTimeMilliseconds()),
                ["hubspot_owner_id"] = owner.Id,
            };
            if (deal.Amount is { } amount)
                values["amount"] = amount.ToString(CultureInfo.InvariantCulture);
            var link = new AssociationRequest(AssociationTypes.Default(ObjectKind.Deals, ObjectKind.Companies)!, companies[deal.Company]);
            var id = writer.Create(ObjectTypes.Deals, values, [link], source);
            foreach (var step in deal.Path.Skip(1))
            {
                clock.FixedAt = At(step.DaysAgo);
                writer.Update(store.Table(ObjectTypes.Deals), id, new Dictionary<string, string?> { ["dealstage"] = MetricsScenario.HubSpotStageId(step.Stage) }, source);
            }
        }

        clock.FixedAt = null;
    }
}
