using System.Globalization;
using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Plants contacts in the sales-qualified lifecycle stage that break one lifecycle criterion each (an SQL needs an
/// owner and a company: docs/stage-criteria.md), plus a clean control, written as a user five days ago.
/// </summary>
internal static class LifecycleCriteriaCases
{
    public static List<PlantedLifecycleCase> Plant(SandboxStore store, PlantingClock clock)
    {
        var writer = new RecordWriter(store);
        var owner = store.Owners.First(o => !o.Archived);
        var source = WriteSource.User(owner.UserId);
        clock.Offset = TimeSpan.FromDays(-5);
        var company = writer.Create(ObjectTypes.Companies, new Dictionary<string, string?>
        {
            ["name"] = "Criteria Lifecycle Ltd", ["domain"] = "criteria-lifecycle.example", ["hubspot_owner_id"] = owner.Id,
        }, [], source);

        PlantedLifecycleCase Contact(string name, string? rule, string? ownerId, bool withCompany)
        {
            var values = new Dictionary<string, string?>
            {
                ["firstname"] = "Lifecycle", ["lastname"] = name, ["lifecyclestage"] = "salesqualifiedlead",
                ["email"] = $"{name.Replace(' ', '-')}@criteria-lifecycle.example", ["hubspot_owner_id"] = ownerId,
            };
            IReadOnlyList<AssociationRequest> links = withCompany
                ? [new AssociationRequest(AssociationTypes.Default(ObjectKind.Contacts, ObjectKind.Companies)!, company)]
                : [];
            var id = writer.Create(ObjectTypes.Contacts, values, links, source);
            return new PlantedLifecycleCase("contacts", id.ToString(CultureInfo.InvariantCulture), name, rule);
        }

        var cases = new List<PlantedLifecycleCase>
        {
            Contact("sql without owner", "criteria_not_met", null, withCompany: true),
            Contact("sql without company", "criteria_not_met", owner.Id, withCompany: false),
            Contact("clean sql", null, owner.Id, withCompany: true),
        };
        clock.Offset = TimeSpan.Zero;
        return cases;
    }
}
