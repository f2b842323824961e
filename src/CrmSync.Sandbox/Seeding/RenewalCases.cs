using System.Globalization;
using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Pipelines;
using CrmSync.Sandbox.Properties;

namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Plants the customer companies of <see cref="RenewalCasePlan"/> in the HubSpot sandbox: lifecycle stage customer,
/// the tenant property <see cref="ContractEndProperty"/>, a won deal with the champion in the "Renewal Cases" pipeline,
/// and the open deal of each case (a "Renewals" pipeline, or a deal type of <c>renewal</c>, a value the tenant added to
/// HubSpot's <c>dealtype</c>). Seeded companies never get a contract end, so no other company is due for renewal.
/// </summary>
internal static class RenewalCases
{
    public const string ContractEndProperty = "contract_end_date";
    public const string CasesPipelineId = "crmsync-renewal-cases";
    public const string RenewalsPipelineId = "crmsync-renewals";

    public static IEnumerable<DealPipeline> Pipelines(DateTimeOffset seededAt) =>
    [
        new(CasesPipelineId, "Renewal Cases", 3,
            [new("rc_open", "Open", 0, false, "0.5"), new("rc_won", "Won", 1, true, "1.0"), new("rc_lost", "Lost", 2, true, "0.0")],
            seededAt.AddDays(-400), seededAt.AddDays(-400)),
        new(RenewalsPipelineId, "Renewals", 4,
            [new("rn_open", "Renewal open", 0, false, "0.5"), new("rn_won", "Renewed", 1, true, "1.0"), new("rn_lost", "Churned", 2, true, "0.0")],
            seededAt.AddDays(-400), seededAt.AddDays(-400)),
    ];

    /// <summary>The company and deal properties the cases use that the seed does not define (HubSpot's own and the tenant's).</summary>
    public static void AddProperties(PropertyCatalog catalog, DateTimeOffset seededAt)
    {
        var builder = new SeedPropertyBuilder(catalog, seededAt);
        builder.Enumeration(ObjectKind.Companies, "companyinformation", "lifecyclestage", "Lifecycle Stage", "radio",
            PersonWords.LifecycleStages.Distinct().ToList());
        builder.Add(ObjectKind.Companies, "companyinformation", ContractEndProperty, "Contract end date", "date", "date");
        builder.Enumeration(ObjectKind.Deals, "dealinformation", "dealtype", "Deal Type", "radio", ["newbusiness", "existingbusiness", "renewal"]);
    }

    public static List<PlantedRenewalCase> Plant(SandboxStore store)
    {
        var writer = new RecordWriter(store);
        var owner = store.Owners.First(o => !o.Archived);
        var source = WriteSource.User(owner.UserId);
        var planted = new List<PlantedRenewalCase>();
        var number = 0;
        foreach (var plan in RenewalCasePlan.All)
        {
            var n = ++number;
            var day = (int days) => SeedTime.Iso(store.NowMs + (days * SeedTime.Day));
            var company = writer.Create(ObjectTypes.Companies, new Dictionary<string, string?>
            {
                ["name"] = $"Renewal Case {n} Inc", ["domain"] = $"renewal-case-{n}.example", ["hubspot_owner_id"] = owner.Id,
                ["lifecyclestage"] = "customer", [ContractEndProperty] = day(plan.ContractEndInDays)[..10],
                ["notes_last_updated"] = day(-plan.ActivityDaysAgo),
            }, [], source);
            var champion = Contact(writer, source, owner.Id, n, "Champion", plan.ChampionStays ? company : null);
            Contact(writer, source, owner.Id, n, "User", company);
            Deal(writer, source, owner.Id, $"Renewal Case {n}: first term", CasesPipelineId, "rc_won", null, day(plan.ContractEndInDays - 365), company, champion);
            var open = plan.Open switch
            {
                RenewalCasePlan.OpenDeal.RenewalPipeline => (RenewalsPipelineId, "rn_open", (string?)null),
                RenewalCasePlan.OpenDeal.RenewalType => (CasesPipelineId, "rc_open", "renewal"),
                RenewalCasePlan.OpenDeal.Upsell => (CasesPipelineId, "rc_open", "existingbusiness"),
                _ => default((string, string, string?)?),
            };
            if (open is var (pipeline, stage, type))
                Deal(writer, source, owner.Id, $"Renewal Case {n}: {plan.Open}", pipeline, stage, type, day(plan.ContractEndInDays), company, champion);
            planted.Add(new PlantedRenewalCase(company.ToString(CultureInfo.InvariantCulture), plan.Name, plan.AlertTypes));
        }

        return planted;
    }

    private static long Contact(RecordWriter writer, WriteSource source, string ownerId, int n, string role, long? company) =>
        writer.Create(ObjectTypes.Contacts, new Dictionary<string, string?>
        {
            ["firstname"] = $"Case{n}", ["lastname"] = role, ["email"] = $"{role.ToLowerInvariant()}@renewal-case-{n}.example", ["hubspot_owner_id"] = ownerId,
        }, company is { } id ? [new AssociationRequest(AssociationTypes.Default(ObjectKind.Contacts, ObjectKind.Companies)!, id)] : [], source);

    private static void Deal(RecordWriter writer, WriteSource source, string ownerId, string name, string pipeline, string stage, string? type, string closeDate, long company, long contact)
    {
        var values = new Dictionary<string, string?>
        {
            ["dealname"] = name, ["pipeline"] = pipeline, ["dealstage"] = stage, ["closedate"] = closeDate, ["amount"] = "12000", ["hubspot_owner_id"] = ownerId,
        };
        if (type is not null)
            values["dealtype"] = type;
        writer.Create(ObjectTypes.Deals, values,
            [
                new AssociationRequest(AssociationTypes.Default(ObjectKind.Deals, ObjectKind.Companies)!, company),
                new AssociationRequest(AssociationTypes.Default(ObjectKind.Deals, ObjectKind.Contacts)!, contact),
            ], source);
    }
}
