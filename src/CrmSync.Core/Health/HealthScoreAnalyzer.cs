using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Renewals;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Health;

/// <summary>
/// The customer health score (issue 10 point 5): per customer company <c>health_score</c> (0–100) and
/// <c>health_reasons</c> from the weighted signals of <see cref="HealthScorer"/>; a score below
/// <see cref="HealthScoreOptions.AlertBelow"/> alerts the owner once per drop. The drop's first day is kept in
/// <c>health_alert_since</c> and read back, so the alert key stays the same while the score stays low and a later drop
/// is a new occurrence; the task is completed once the score recovers.
/// </summary>
public sealed class HealthScoreAnalyzer : IAnalyzerPlugin<HealthScoreAnalyzer, HealthScoreOptions>
{
    public const string AnalyzerName = "health-score";
    public const string AlertType = "health_drop";
    public const string ScoreProperty = "health_score";
    public const string ReasonsProperty = "health_reasons";
    public const string AlertSinceProperty = "health_alert_since";

    private static readonly AnalyzerDescriptor Static = new(
        AnalyzerName,
        HealthScoreOptions.SectionName,
        CustomerAccounts.Inputs(CanonicalFields.Usage, AlertSinceProperty),
        [
            new(CrmObjectTypes.Companies, ScoreProperty, "CrmSync health score", ComputedPropertyType.Number,
                "Customer health, 0–100: 100 minus the deductions listed in the health reasons (docs/renewals-and-health.md). Empty for non-customers."),
            new(CrmObjectTypes.Companies, ReasonsProperty, "CrmSync health reasons", ComputedPropertyType.Text,
                "What lowered the health score, each with its points, e.g. \"no activity 45 days (−20)\"; empty when nothing did."),
            new(CrmObjectTypes.Companies, AlertSinceProperty, "CrmSync health alert since", ComputedPropertyType.DateTime,
                "The day the health score fell below the alert threshold; empty while it is at or above it."),
        ],
        [AlertType]);

    private readonly HealthScoreOptions _options;
    private readonly CustomerScope _scope;
    private readonly HealthScorer _scorer;

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public HealthScoreAnalyzer(HealthScoreOptions options, string sectionPath = HealthScoreOptions.SectionName)
    {
        Descriptor = CustomerAnalyzerRun.Configure(Static, options, options, sectionPath);
        _options = options;
        _scope = options.Scope();
        _scorer = new HealthScorer(options);
    }

    public AnalyzerDescriptor Descriptor { get; }

    public static AnalyzerDescriptor Describe() => Static;

    public static HealthScoreAnalyzer Create(HealthScoreOptions options) => new(options);

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var customers = CustomerAccounts.Find(context, _scope).ToDictionary(a => a.Company.Id, StringComparer.Ordinal);
        var run = new CustomerAnalyzerRun();
        foreach (var company in context.Records(CrmObjectTypes.Companies).Where(c => !c.Archived))
        {
            var card = customers.TryGetValue(company.Id, out var account) ? _scorer.Score(account, context.Now) : null;
            DateOnly? since = card is { } low && low.Score < _options.AlertBelow
                ? CustomerAccounts.Date(company.Get(AlertSinceProperty)) ?? today
                : null;
            run.Value(company, ScoreProperty, card?.Score.ToString(CultureInfo.InvariantCulture));
            run.Value(company, ReasonsProperty, card?.ReasonsText);
            run.Value(company, AlertSinceProperty, since is { } day ? RenewalText.Timestamp(day) : null);
            if (card is not null && since is { } first)
                run.Alert(HealthAlert.Create(account!, card, first, _options.AlertBelow), $"health score {card.Score} below {_options.AlertBelow}: {card.ReasonsText}");
        }

        return run.ToResult();
    }
}
