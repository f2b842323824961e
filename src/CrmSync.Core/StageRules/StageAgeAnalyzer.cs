using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageRules;

/// <summary>
/// Time in current stage (metrics.md §4.2, open visit = now − entry of the current stage) for every live deal in an
/// open stage, and a <c>stage_age_exceeded</c> alert when it is over the stage's limit. Closed deals get no value
/// (a value written earlier is cleared by the write-back) and never an alert (metrics.md §10.3).
/// </summary>
public sealed class StageAgeAnalyzer : IAnalyzerPlugin<StageAgeAnalyzer, StageAgeOptions>
{
    public const string AnalyzerName = "stage-age";
    public const string AlertType = "stage_age_exceeded";
    public const string DaysInStageProperty = "days_in_stage";

    private static readonly AnalyzerDescriptor Descriptor = new(
        AnalyzerName,
        StageAgeOptions.SectionName,
        [
            new ObjectInputs(CrmObjectTypes.Deals)
            {
                Fields = [CanonicalFields.Name, CanonicalFields.Stage, CanonicalFields.Pipeline, CanonicalFields.IsClosed,
                    CanonicalFields.OwnerId, CanonicalFields.CreatedAt, CanonicalFields.CurrentStageEnteredAt],
                HistoryFields = [CanonicalFields.Stage],
                StageEntryDates = true,
            },
        ],
        [
            new(CrmObjectTypes.Deals, DaysInStageProperty, "CrmSync days in stage", ComputedPropertyType.Number,
                "Whole days the deal has been in its current open stage (since its latest entry), computed by CrmSync. " +
                "Empty for closed deals."),
        ],
        [AlertType]);

    private readonly StageAgeOptions _options;

    /// <param name="sectionPath">Configuration path of the options, used in validation errors.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public StageAgeAnalyzer(StageAgeOptions options, string sectionPath = StageAgeOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate(sectionPath);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options.Snapshot();
    }

    AnalyzerDescriptor IRecordAnalyzer.Descriptor => Descriptor;

    public static AnalyzerDescriptor Describe() => Descriptor;

    public static StageAgeAnalyzer Create(StageAgeOptions options) => new(options);

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var stages = new DealStageLookup(context.Pipelines);
        var values = new List<ComputedValue>();
        var alerts = new List<AlertCandidate>();
        foreach (var deal in context.Records(CrmObjectTypes.Deals))
        {
            if (deal.Archived || Measure(deal, stages, context.Now) is not { } visit)
            {
                continue;
            }

            values.Add(new ComputedValue(
                CrmObjectTypes.Deals, deal.Id, DaysInStageProperty, visit.Days.ToString(CultureInfo.InvariantCulture)));
            if (visit.IsOverLimit)
            {
                alerts.Add(StageAgeAlert.Create(visit));
            }
        }

        return new AnalyzerResult(values, alerts);
    }

    private OpenStageVisit? Measure(CrmRecord deal, DealStageLookup stages, DateTimeOffset now)
    {
        var stageId = deal.Get(CanonicalFields.Stage);
        if (string.IsNullOrWhiteSpace(stageId) || StageEntryResolver.Resolve(deal) is not { } entry)
        {
            return null;
        }

        var found = stages.Find(deal, stageId);
        var closedFlag = string.Equals(deal.Get(CanonicalFields.IsClosed), "true", StringComparison.OrdinalIgnoreCase);
        if (closedFlag || found?.Stage.IsClosed == true)
        {
            return null;
        }

        // Floor of whole days; an entry after now (clock skew) counts as 0, not negative.
        var days = (int)Math.Max(0, Math.Floor((now - entry.EnteredAt).TotalDays));
        return new OpenStageVisit(
            deal, stageId, found?.Stage.Label ?? stageId, found?.Pipeline.Label, entry, days, _options.LimitFor(stageId));
    }
}
