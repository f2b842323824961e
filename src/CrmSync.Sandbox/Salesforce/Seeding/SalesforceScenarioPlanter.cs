using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Scenarios;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Renders <see cref="MetricsScenario"/> in the fake org: accounts; opportunities in their final stage with one
/// OpportunityHistory row per stage step (the row Salesforce writes when StageName changes, dated then) and
/// <c>CloseDate</c> = the day of the last close; people who reached <c>opportunity</c> as contacts (sales works
/// them there), the others as open leads, each with the lifecycle date fields of
/// <see cref="MetricsScenario.SalesforceLifecycleFields"/>.
/// </summary>
internal static class SalesforceScenarioPlanter
{
    /// <summary>The lifecycle date fields the scenario's admin created on Lead and Contact.</summary>
    public static IReadOnlyList<SalesforceCustomField> CustomFields { get; } =
    [
        .. new[] { "Lead", "Contact" }.SelectMany(o => MetricsScenario.SalesforceLifecycleFields.Values
            .Where(f => f.EndsWith("__c", StringComparison.Ordinal))
            .Select(f => new SalesforceCustomField(o, f, SalesforceCustomFieldType.DateTime))),
    ];

    public static void Plant(OrgStore store)
    {
        var anchor = MetricsScenario.Anchor.UtcDateTime;
        DateTime At(int daysAgo) => anchor.AddDays(-daysAgo);
        var user = store.IntegrationUserId;
        Dictionary<string, object?> Audited(int daysAgo, Dictionary<string, object?> values)
        {
            values["CreatedDate"] = values["LastModifiedDate"] = values["SystemModstamp"] = At(daysAgo);
            values["CreatedById"] = values["LastModifiedById"] = values["OwnerId"] = user;
            values["IsDeleted"] = false;
            return values;
        }

        var accounts = store.Table("Account")!;
        var accountIds = MetricsScenario.Companies.ToDictionary(c => c.Key, c => accounts.IdOf(accounts.Insert(Audited(c.CreatedDaysAgo, new(StringComparer.Ordinal)
        {
            ["Name"] = c.Name, ["Website"] = c.Domain,
        }))), StringComparer.Ordinal);

        foreach (var deal in MetricsScenario.Deals)
            PlantOpportunity(store, deal, accountIds[deal.Company], anchor, Audited);

        foreach (var person in MetricsScenario.People)
        {
            var contact = person.DaysAgoOf("opportunity") is not null;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["FirstName"] = person.FirstName, ["LastName"] = person.LastName, ["Email"] = person.Email,
            };
            if (!contact)
            {
                values["Company"] = "Scenario prospect";
                values["Status"] = "Working - Contacted";
                values["IsConverted"] = false;
            }

            foreach (var (stage, field) in MetricsScenario.SalesforceLifecycleFields.Where(f => f.Value.EndsWith("__c", StringComparison.Ordinal)))
                values[field] = person.DaysAgoOf(stage) is { } days ? At(days) : null;
            store.Table(contact ? "Contact" : "Lead")!.Insert(Audited(person.CreatedDaysAgo, values));
        }
    }

    private static void PlantOpportunity(OrgStore store, ScenarioDeal deal, string accountId, DateTime anchor,
        Func<int, Dictionary<string, object?>, Dictionary<string, object?>> audited)
    {
        var final = OpportunityStages.Find(deal.Last.Stage)!;
        var closeDate = DateOnly.FromDateTime(final.IsClosed ? anchor.AddDays(-deal.Last.DaysAgo) : anchor.AddDays(30));
        double? amount = deal.Amount is { } a ? (double)a : null;
        var opportunities = store.Table("Opportunity")!;
        var values = audited(deal.CreatedDaysAgo, new(StringComparer.Ordinal)
        {
            ["Name"] = deal.Name, ["AccountId"] = accountId, ["StageName"] = final.ApiName, ["Amount"] = amount,
            ["CloseDate"] = closeDate, ["Probability"] = final.DefaultProbability, ["ForecastCategoryName"] = final.ForecastCategoryName,
            ["Type"] = "New Business",
        });
        values["LastModifiedDate"] = values["SystemModstamp"] = anchor.AddDays(-deal.Last.DaysAgo);
        var id = opportunities.IdOf(opportunities.Insert(values));
        var history = store.Table("OpportunityHistory")!;
        foreach (var step in deal.Path)
        {
            var stage = OpportunityStages.Find(step.Stage)!;
            history.Insert(audited(step.DaysAgo, new(StringComparer.Ordinal)
            {
                ["OpportunityId"] = id, ["StageName"] = stage.ApiName, ["Amount"] = amount,
                ["CloseDate"] = stage.IsClosed ? DateOnly.FromDateTime(anchor.AddDays(-step.DaysAgo)) : closeDate,
                ["Probability"] = stage.DefaultProbability, ["ForecastCategory"] = stage.ForecastCategory,
            }));
        }
    }
}
