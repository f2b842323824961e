using System.Globalization;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Sandbox.Salesforce;
using CrmSync.Sandbox.Scenarios;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Pull;

/// <summary>
/// Issue 9: lifecycle history and contract dates from the fields the tenant names (LifecycleDateFields,
/// ContractFields), pulled from the fake org holding the metrics scenario or with fields added to it.
/// </summary>
public class ConfiguredFieldsPullTests
{
    [Fact]
    public async Task LifecycleDateFields_BecomeTheLifecycleHistoryOfLeadsAndContacts()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.MetricsScenario = true);
        var options = SalesforceTestConnector.For(org);
        foreach (var (stage, field) in MetricsScenario.SalesforceLifecycleFields)
            options.LifecycleDateFields[stage] = field;
        var connector = SalesforceTestConnector.Create(options);

        var people = new List<CrmRecord>();
        foreach (var type in new[] { CrmObjectTypes.Leads, CrmObjectTypes.Contacts })
        {
            var request = new PullRequest(type, PullMode.Full, null, [CanonicalFields.Email], [CanonicalFields.LifecycleStage], []);
            people.AddRange((await SalesforceTestConnector.PullAllAsync(connector, request)).SelectMany(p => p.Records));
        }

        Assert.Equal(MetricsScenario.People.Count, people.Count);
        foreach (var person in MetricsScenario.People)
        {
            var record = Assert.Single(people, p => p.Get(CanonicalFields.Email) == person.Email);
            // Contacts are the people who reached opportunity; the rest are open leads.
            Assert.Equal(person.DaysAgoOf("opportunity") is null ? CrmObjectTypes.Leads : CrmObjectTypes.Contacts, record.ObjectType);
            var expected = person.Path.Select(s => (s.Stage, MetricsScenario.Anchor.AddDays(-s.DaysAgo)));
            Assert.Equal(expected, record.History[CanonicalFields.LifecycleStage].Select(h => (h.Value!, h.Timestamp)));
        }
    }

    [Fact]
    public async Task WithoutLifecycleDateFields_TheHistoryIsEmpty_AndOtherHistoryIsStillRefused()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.MetricsScenario = true);
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var leads = (await SalesforceTestConnector.PullAllAsync(connector,
            new PullRequest(CrmObjectTypes.Leads, PullMode.Full, null, [], [CanonicalFields.LifecycleStage], []))).SelectMany(p => p.Records).ToList();
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => SalesforceTestConnector.PullAllAsync(connector,
            new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, [], [CanonicalFields.LifecycleStage], [])));

        Assert.NotEmpty(leads);
        Assert.All(leads, l => Assert.False(l.History.TryGetValue(CanonicalFields.LifecycleStage, out var h) && h.Count > 0));
        Assert.Contains("'lifecycle_stage' on 'companies' has none", refused.Message);
    }

    [Fact]
    public async Task ContractFieldsAndRecurringAmountField_GiveContractDatesAndMrr_TheEndFromTheTermWhenNoEndField()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.MetricsScenario = true);
        org.State.AddCustomField(new SalesforceCustomField("Opportunity", "Contract_Start__c", SalesforceCustomFieldType.Date));
        org.State.AddCustomField(new SalesforceCustomField("Opportunity", "Term_Months__c", SalesforceCustomFieldType.Number));
        org.State.AddCustomField(new SalesforceCustomField("Opportunity", "MRR__c", SalesforceCustomFieldType.Number));
        var won = org.State.Query("SELECT Id, CloseDate FROM Opportunity WHERE IsWon = true ORDER BY Id");
        org.State.UpdateAsUser((string)won[0]["Id"]!, new Dictionary<string, object?> { ["Contract_Start__c"] = new DateOnly(2026, 1, 15), ["Term_Months__c"] = 6.0, ["MRR__c"] = 750.0 });
        org.State.UpdateAsUser((string)won[1]["Id"]!, new Dictionary<string, object?> { ["Term_Months__c"] = 24.0 });
        var options = SalesforceTestConnector.For(org);
        options.ContractFields = new SalesforceContractFields { StartDate = "Contract_Start__c", TermMonths = "Term_Months__c" };
        options.RecurringAmountField = "MRR__c";
        var connector = SalesforceTestConnector.Create(options);

        var deals = (await SalesforceTestConnector.PullAllAsync(connector,
            new PullRequest(CrmObjectTypes.Deals, PullMode.Full, null, [CanonicalFields.CloseDate, CanonicalFields.RecurringAmount], [], []))).SelectMany(p => p.Records).ToDictionary(d => d.Id);

        var first = deals[(string)won[0]["Id"]!];
        Assert.Equal("2026-01-15", first.Get(CanonicalFields.ContractStart));
        Assert.Equal("2026-07-14", first.Get(CanonicalFields.ContractEnd)); // six months from the start, less a day
        Assert.Equal(750m, decimal.Parse(first.Get(CanonicalFields.RecurringAmount)!, CultureInfo.InvariantCulture));
        var second = deals[(string)won[1]["Id"]!];
        var close = DateOnly.Parse(second.Get(CanonicalFields.CloseDate)!, CultureInfo.InvariantCulture);
        Assert.Null(second.Get(CanonicalFields.ContractStart));
        Assert.Null(second.Get(CanonicalFields.RecurringAmount));
        Assert.Equal(close.AddMonths(24).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), second.Get(CanonicalFields.ContractEnd));
    }
}
