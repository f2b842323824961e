using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// The revenue metrics on records (metrics.md §2, §4): per company the MRR of the current month, its movement and
/// bucket, 12-month NRR and customer-since; per deal the sales cycle, the historical win probability of its current
/// stage and the expected value. Reads deals with their stage history and company, contacts and leads (lifecycle
/// history where the CRM keeps one), and the MRR series of <see cref="MetricsOptions.RevenueSource"/>.
/// </summary>
public sealed class MetricsAnalyzer(MetricsOptions options) : IAnalyzerPlugin<MetricsAnalyzer, MetricsOptions>
{
    public const string AnalyzerName = "metrics";

    private static readonly AnalyzerDescriptor Descriptor = new(
        AnalyzerName,
        MetricsOptions.SectionName,
        [
            new ObjectInputs(CrmObjectTypes.Deals)
            {
                Fields = [CanonicalFields.Amount, CanonicalFields.Currency, CanonicalFields.Stage, CanonicalFields.Pipeline, CanonicalFields.CloseDate,
                    CanonicalFields.RecurringAmount],
                HistoryFields = [CanonicalFields.Stage],
                Associations = [CrmObjectTypes.Companies],
            },
            // Lifecycle history gives Leads/Mqls/Sqls and the Δt between them (each connector maps its own source: a
            // property's value history, or the lifecycle date fields its settings name).
            new ObjectInputs(CrmObjectTypes.Contacts)
            {
                Fields = [CanonicalFields.LifecycleStage], HistoryFields = [CanonicalFields.LifecycleStage], Associations = [CrmObjectTypes.Companies],
            },
            new ObjectInputs(CrmObjectTypes.Leads) { HistoryFields = [CanonicalFields.LifecycleStage] },
            new ObjectInputs(CrmObjectTypes.Companies),
        ],
        MetricsProperties.Definitions,
        []);

    public static AnalyzerDescriptor Describe() => Descriptor;

    public static MetricsAnalyzer Create(MetricsOptions options) => new(options);

    AnalyzerDescriptor IRecordAnalyzer.Descriptor => Descriptor;

    /// <summary>Where a connector's metrics options live (named in errors).</summary>
    public static string SettingsPath(string connector) => $"CrmSync:Connectors:{connector}:{MetricsOptions.SectionName}";

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var input = RecordMetricsInput.Build(context.Records, context.Pipelines, options, SettingsPath(context.Connector), context.Now.UtcDateTime);
        var values = new List<ComputedValue>();
        var now = context.Now.UtcDateTime;
        var companies = context.Records(CrmObjectTypes.Companies).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        CompanyRevenueValues.Add(input.Revenue, companies, now, values);
        DealOutlookValues.Add(input, options, now, values);
        return new AnalyzerResult(values, []);
    }
}
