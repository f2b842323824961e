using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Writes;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Writes planted records as a rep would have, days ago: the clock is set back for each save, so CreatedDate and the
/// OpportunityHistory rows of every stage move carry the time of that move.
/// </summary>
internal sealed class OrgPlanter(OrgStore store, PlantingClock clock, RecordWriter writer)
{
    private readonly string _ownerId = store.Seed.Users.DefaultOwnerId;
    private int _number;

    public PlantedStageCase Opportunity(string name, string? rule, PlantedOpportunityShape shape, params (string Stage, int DaysAgo)[] moves)
    {
        var n = ++_number;
        var now = store.SeededAt;
        clock.Offset = TimeSpan.FromDays(-moves[0].DaysAgo - 1);
        var account = Create("Account", new() { ["Name"] = $"Criteria Case {n} Ltd", ["Website"] = $"criteria-case-{n}.example" });
        var contacts = Enumerable.Range(1, shape.Contacts).Select(c => Create("Contact", new()
        {
            ["FirstName"] = $"Case{n}", ["LastName"] = $"Buyer{c}", ["Email"] = $"buyer{c}@criteria-case-{n}.example", ["AccountId"] = account,
        })).ToList();

        clock.Offset = TimeSpan.FromDays(-moves[0].DaysAgo);
        var opportunity = Create("Opportunity", new()
        {
            ["Name"] = $"Criteria: {name}", ["AccountId"] = account, ["StageName"] = moves[0].Stage, ["Amount"] = shape.Amount,
            ["CloseDate"] = SalesforceTime.Format(DateOnly.FromDateTime(now.UtcDateTime.AddDays(shape.CloseInDays))),
        });
        foreach (var (contact, i) in contacts.Select((c, i) => (c, i)))
            Create("OpportunityContactRole", new() { ["OpportunityId"] = opportunity, ["ContactId"] = contact, ["Role"] = "Decision Maker", ["IsPrimary"] = i == 0 });

        var table = store.Table("Opportunity")!;
        table.TryParse(opportunity, out var number);
        foreach (var (stage, daysAgo) in moves.Skip(1))
        {
            clock.Offset = TimeSpan.FromDays(-daysAgo);
            Check(writer.Update(table, number, Body(new() { ["StageName"] = stage }), allowSave: true), "Opportunity");
        }

        // LastActivityDate is read-only: Salesforce rolls it up from the logged tasks and events.
        clock.Offset = TimeSpan.Zero;
        table.Set(number, "LastActivityDate", DateOnly.FromDateTime(now.UtcDateTime.AddDays(-shape.ActivityDaysAgo)));
        return new PlantedStageCase(opportunity, name, rule);
    }

    public PlantedLifecycleCase Lead(string name, string? rule, string status, string? email)
    {
        var n = ++_number;
        clock.Offset = TimeSpan.FromDays(-5);
        var id = Create("Lead", new()
        {
            ["FirstName"] = $"Lead{n}", ["LastName"] = $"Criteria {name}", ["Company"] = $"Criteria Lead {n} Ltd", ["Status"] = status, ["Email"] = email,
        });
        clock.Offset = TimeSpan.Zero;
        return new PlantedLifecycleCase("leads", id, name, rule);
    }

    private string Create(string objectName, Dictionary<string, object?> values)
    {
        values["OwnerId"] = _ownerId;
        if (objectName == "OpportunityContactRole")
            values.Remove("OwnerId");
        return Check(writer.Create(store.Schemas.Find(objectName)!, Body(values), allowSave: true), objectName).Id!;
    }

    private static WriteOutcome Check(WriteOutcome outcome, string objectName) => outcome.Success
        ? outcome
        : throw new InvalidOperationException($"Planting a {objectName} failed: " + string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")));

    private static JsonElement Body(Dictionary<string, object?> values) => JsonSerializer.SerializeToElement(values);
}
