using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageCriteria;
using CrmSync.Core.Tests.StageRules;
using static CrmSync.Core.Tests.StageRules.DealBuilder;
using R = CrmSync.Core.StageCriteria.StageCriteriaRules;

namespace CrmSync.Core.Tests.StageCriteria;

/// <summary>
/// The catalogue's defaults, untouched, on Salesforce's standard opportunity stages (as the connector reads them: one
/// pipeline <c>default</c>, stage id = API name, a retired stage kept with its sort order) and on lead statuses and
/// HubSpot lifecycle stages: exactly the expected findings, both ways.
/// </summary>
public class CatalogueDefaultsOnSalesforceTests
{
    private static readonly DateTimeOffset Now = Utc(2025, 4, 1);

    private static readonly CrmPipeline Standard = new(CrmObjectTypes.Deals, "default", "Opportunity stages",
    [
        new PipelineStage("Prospecting", "Prospecting", 1, false, 0.1), new PipelineStage("Qualification", "Qualification", 2, false, 0.1),
        new PipelineStage("Needs Analysis", "Needs Analysis", 3, false, 0.2), new PipelineStage("Value Proposition", "Value Proposition", 4, false, 0.5),
        new PipelineStage("Id. Decision Makers", "Id. Decision Makers", 5, false, 0.6), new PipelineStage("Perception Analysis", "Perception Analysis", 6, false, 0.7),
        new PipelineStage("Proposal/Price Quote", "Proposal/Price Quote", 7, false, 0.75), new PipelineStage("Negotiation/Review", "Negotiation/Review", 8, false, 0.9),
        new PipelineStage("Closed Won", "Closed Won", 9, true, 1.0), new PipelineStage("Closed Lost", "Closed Lost", 10, true, 0.0),
        new PipelineStage("Legacy Discovery", "Legacy Discovery", 11, false, 0.05) { IsActive = false },
    ]);

    [Fact]
    public void Analyze_DefaultsOnStandardStagesLeadsAndContacts_ReportExactlyTheBrokenOnes()
    {
        var deals = new[]
        {
            Deal("off-retired", "2025-04-30", 1, ("Legacy Discovery", Utc(2025, 3, 20)), ("Qualification", Utc(2025, 3, 25))),
            Deal("onto-retired", "2025-04-30", 1, ("Prospecting", Utc(2025, 3, 20)), ("Legacy Discovery", Utc(2025, 3, 25))),
            Deal("single-threaded", "2025-04-30", 1, ("Negotiation/Review", Utc(2025, 3, 28))),
            Deal("clean-commit", "2025-04-30", 2, ("Negotiation/Review", Utc(2025, 3, 28))),
            Deal("won", "2025-03-20", 2, ("Negotiation/Review", Utc(2025, 3, 10)), ("Closed Won", Utc(2025, 3, 20))),
            Deal("won-future-close", "2025-04-10", 2, ("Negotiation/Review", Utc(2025, 3, 10)), ("Closed Won", Utc(2025, 3, 20))),
        };
        var leads = new[]
        {
            Person(CrmObjectTypes.Leads, "unreachable", (CanonicalFields.LeadStatus, "Working - Contacted")),
            Person(CrmObjectTypes.Leads, "by-phone", (CanonicalFields.LeadStatus, "Working - Contacted"), (CanonicalFields.Phone, "+44 20 7946 0000")),
            Person(CrmObjectTypes.Leads, "converted-nowhere", (CanonicalFields.LeadStatus, "Closed - Converted"), (CanonicalFields.Email, "a@b.example")),
            Person(CrmObjectTypes.Leads, "new", (CanonicalFields.LeadStatus, "Open - Not Contacted")),
        };
        var contacts = new[]
        {
            Person(CrmObjectTypes.Contacts, "opportunity-no-company", (CanonicalFields.LifecycleStage, "opportunity")),
            Person(CrmObjectTypes.Contacts, "sql-with-company", (CanonicalFields.LifecycleStage, "salesqualifiedlead")) with
            {
                Associations = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Companies] = ["A1"] },
            },
        };
        var context = new AnalysisContext("sf-test", Now,
            new Dictionary<string, IReadOnlyList<CrmRecord>> { [CrmObjectTypes.Deals] = deals, [CrmObjectTypes.Leads] = leads, [CrmObjectTypes.Contacts] = contacts },
            [Standard], [new CrmOwner("O1", "o1@example.com", "Olga", "One")]);

        var result = new StageCriteriaAnalyzer(new StageCriteriaOptions { Enabled = true }).Analyze(context);

        Assert.Equal(
            new[]
            {
                ("converted-nowhere", R.CriteriaNotMet), ("converted-nowhere", R.CriteriaNotMet), ("opportunity-no-company", R.CriteriaNotMet),
                ("single-threaded", R.CriteriaNotMet), ("unreachable", R.CriteriaNotMet), ("won-future-close", R.CriteriaNotMet),
            },
            result.Findings.Select(f => (f.RecordId, f.Rule)).Order().ToArray());
        Assert.Contains(result.Findings, f => f.RecordId == "unreachable" && f.Detail == "an email or a phone in Working - Contacted");
        Assert.Contains(result.Findings, f => f.RecordId == "single-threaded" && f.Detail == "at least 2 associated contacts in Negotiation/Review");
    }

    private static CrmRecord Deal(string id, string close, int contacts, params (string Stage, DateTimeOffset At)[] stages)
    {
        var closed = stages[^1].Stage.StartsWith("Closed", StringComparison.Ordinal);
        var deal = new DealBuilder(id).Created(stages[0].At).StageHistory(stages).WithStageCalculatedProperties()
            .With(CanonicalFields.Pipeline, "default").With(CanonicalFields.Amount, "5000").With(CanonicalFields.CloseDate, close)
            .With(CanonicalFields.IsClosed, closed ? "true" : "false").With(CanonicalFields.LastActivityAt, "2025-03-31")
            .Build();
        return deal with
        {
            Associations = new Dictionary<string, IReadOnlyList<string>>
            {
                [CrmObjectTypes.Companies] = ["A1"], [CrmObjectTypes.Contacts] = Enumerable.Range(1, contacts).Select(c => $"C{c}").ToList(),
            },
        };
    }

    private static CrmRecord Person(string objectType, string id, params (string Field, string Value)[] values)
    {
        var properties = values.ToDictionary(v => v.Field, v => (string?)v.Value);
        properties[CanonicalFields.OwnerId] = "O1";
        return new CrmRecord(objectType, id, properties, Utc(2025, 3, 1), Utc(2025, 3, 1));
    }
}
