using System.Globalization;
using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// Stage entry/exit criteria, transition rules, close dates, going dark and time benchmarks (metrics.md §10,
/// docs/stage-criteria.md), re-checked on every record on every run. Writes per deal its status, issues, benchmark
/// and age ratio; raises one task per distinct violation on open records (transition rules only when configured);
/// a violation's task is completed (or noted) once it clears.
/// </summary>
public sealed class StageCriteriaAnalyzer : IAnalyzerPlugin<StageCriteriaAnalyzer, StageCriteriaOptions>
{
    public const string AnalyzerName = "stage-criteria";
    public const string StatusProperty = "stage_criteria_status";
    public const string IssuesProperty = "stage_criteria_issues";
    public const string BenchmarkProperty = "stage_benchmark_days";
    public const string RatioProperty = "stage_age_ratio";

    private static readonly AnalyzerDescriptor Static = new(
        AnalyzerName,
        StageCriteriaOptions.SectionName,
        [
            new ObjectInputs(CrmObjectTypes.Deals)
            {
                Fields = [CanonicalFields.Name, CanonicalFields.Amount, CanonicalFields.Currency, CanonicalFields.Stage, CanonicalFields.Pipeline,
                    CanonicalFields.CloseDate, CanonicalFields.IsClosed, CanonicalFields.IsWon, CanonicalFields.OwnerId, CanonicalFields.CreatedAt,
                    CanonicalFields.ModifiedAt, CanonicalFields.LastActivityAt, CanonicalFields.CurrentStageEnteredAt, CanonicalFields.RecurringAmount],
                HistoryFields = [CanonicalFields.Stage],
                Associations = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies],
                StageEntryDates = true,
            },
            new ObjectInputs(CrmObjectTypes.Contacts)
            {
                Fields = [CanonicalFields.FirstName, CanonicalFields.LastName, CanonicalFields.Email, CanonicalFields.LifecycleStage,
                    CanonicalFields.OwnerId, CanonicalFields.CompanyName, CanonicalFields.CreatedAt],
                Associations = [CrmObjectTypes.Companies],
            },
            new ObjectInputs(CrmObjectTypes.Leads)
            {
                Fields = [CanonicalFields.FirstName, CanonicalFields.LastName, CanonicalFields.Email, CanonicalFields.LeadStatus,
                    CanonicalFields.OwnerId, CanonicalFields.CompanyName, CanonicalFields.CreatedAt, CanonicalFields.Phone, CanonicalFields.MobilePhone,
                    CanonicalFields.IsConverted, CanonicalFields.ConvertedContactId, CanonicalFields.ConvertedCompanyId],
            },
        ],
        [
            new(CrmObjectTypes.Deals, StatusProperty, "CrmSync stage criteria", ComputedPropertyType.Text,
                "ok, warning (going dark or over the stage's time benchmark) or violation (criteria of the stage not met, " +
                "close date in the past, or the move into the stage broke a rule), computed by CrmSync."),
            new(CrmObjectTypes.Deals, IssuesProperty, "CrmSync stage criteria issues", ComputedPropertyType.Text,
                "What to fix for the deal's current stage, one issue per line; empty when there is none."),
            new(CrmObjectTypes.Deals, BenchmarkProperty, "CrmSync stage benchmark days", ComputedPropertyType.Number,
                "Expected days in the current stage: configured, or learned from won deals (p75), else the fallback. Empty for closed deals."),
            new(CrmObjectTypes.Deals, RatioProperty, "CrmSync stage age ratio", ComputedPropertyType.Number,
                "Days in the current stage divided by the stage's benchmark (above 1: over). Empty for closed deals."),
        ],
        StageCriteriaRules.All);

    private readonly StageCriteriaOptions _options;
    private readonly StageRuleBook _rules;

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public StageCriteriaAnalyzer(StageCriteriaOptions options, string sectionPath = StageCriteriaOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate(sectionPath);
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        _options = options;
        _rules = new StageRuleBook(options);
        var action = options.OnClear;
        Descriptor = Static with { OnClear = StageCriteriaRules.All.ToDictionary(r => r, _ => action, StringComparer.Ordinal) };
    }

    public AnalyzerDescriptor Descriptor { get; }

    public static AnalyzerDescriptor Describe() => Static;

    public static StageCriteriaAnalyzer Create(StageCriteriaOptions options) => new(options);

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var deals = context.Records(CrmObjectTypes.Deals);
        var learned = _options.Benchmark.Learn
            ? LearnedBenchmarks.Compute(deals, context.Pipelines, context.Now, _options.Benchmark)
            : [];
        var evaluator = new DealEvaluator(_options, _rules, learned);
        var lookup = new DealStageLookup(context.Pipelines);
        var output = new StageCriteriaOutput(_options);
        foreach (var deal in deals.Where(d => !d.Archived))
        {
            var stageId = deal.Get(CanonicalFields.Stage);
            if (string.IsNullOrWhiteSpace(stageId) || lookup.Find(deal, stageId) is not { } found)
                continue;
            var evaluation = evaluator.Evaluate(deal, found.Pipeline, found.Stage, context.Now);
            output.AddDeal(evaluation);
        }

        foreach (var (objectType, field) in new[] { (CrmObjectTypes.Contacts, CanonicalFields.LifecycleStage), (CrmObjectTypes.Leads, CanonicalFields.LeadStatus) })
        {
            foreach (var person in context.Records(objectType).Where(r => !r.Archived))
                output.AddPerson(person, person.Get(field), _rules, context.Now);
        }

        return output.ToResult();
    }

    internal static string Ratio(int days, decimal benchmark) =>
        Math.Round(days / benchmark, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
