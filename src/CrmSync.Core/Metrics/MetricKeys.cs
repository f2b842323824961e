namespace CrmSync.Core.Metrics;

/// <summary>
/// The metric keys of <c>crmsync metrics --json</c> and the metric store. The thirteen RPM component keys are the
/// names code and storage use; V-numbers are display aliases (<see cref="MetricsOptions.VolumeAliases"/>).
/// </summary>
public static class MetricKeys
{
    public const string Sessions = "Sessions";
    public const string Leads = "Leads";
    public const string Mqls = "Mqls";
    public const string Sqls = "Sqls";
    public const string Opportunities = "Opportunities";
    public const string Won = "Won";
    public const string Starting = "Starting";
    public const string NetNew = "NetNew";
    public const string CrossSell = "CrossSell";
    public const string Upgrade = "Upgrade";
    public const string Downgrade = "Downgrade";
    public const string Churn = "Churn";
    public const string Ending = "Ending";

    /// <summary>The left-side volumes V1–V6 in funnel order; conversion keys join consecutive ones.</summary>
    public static readonly IReadOnlyList<string> LeftVolumes = [Sessions, Leads, Mqls, Sqls, Opportunities, Won];

    /// <summary>The right-side volumes V7–V13 (the revenue bridge).</summary>
    public static readonly IReadOnlyList<string> RightVolumes = [Starting, NetNew, CrossSell, Upgrade, Downgrade, Churn, Ending];

    /// <summary>Every component key, V1 to V13.</summary>
    public static readonly IReadOnlyList<string> Components = [.. LeftVolumes, .. RightVolumes];

    /// <summary>The volumes whose source is configurable (<see cref="MetricsOptions.VolumeSources"/>).</summary>
    public static readonly IReadOnlyList<string> MappableVolumes = [Leads, Mqls, Sqls, Opportunities, Won];

    public const string WonAmount = "wonAmount";
    public const string Lost = "lost";
    public const string WinRate = "winRate";
    public const string WinRateValue = "winRateValue";
    public const string AverageDealSize = "averageDealSize";
    public const string MedianDealSize = "medianDealSize";
    public const string SalesCycleDays = "salesCycleDays";
    public const string SalesCycleDaysMean = "salesCycleDays.mean";
    public const string SalesCycleDaysP90 = "salesCycleDays.p90";
    public const string PipelineVelocity = "pipelineVelocity";
    public const string PipelineVelocityMonthly = "pipelineVelocity.monthly";
    public const string PipelineVelocityMedian = "pipelineVelocity.median";

    public const string Nrr = "nrr";
    public const string Grr = "grr";
    public const string Nrr12 = "nrr.12m";
    public const string Grr12 = "grr.12m";
    public const string QuickRatio = "quickRatio";
    public const string ExpansionRatio = "expansionRatio";
    public const string ExpansionRate = "expansionRate";
    public const string LogoChurn = "logoChurn";
    public const string GrossRevenueChurn = "grossRevenueChurn";
    public const string NetRevenueChurn = "netRevenueChurn";
    public const string Arpa = "arpa";
    public const string RevenueCollected = "revenueCollected";

    public const string NewCustomers = "newCustomers";
    public const string Cac = "cac";
    public const string NewCustomerArpa = "newCustomerArpa";
    public const string CacPayback = "cacPayback";
    public const string CacPaybackRevenue = "cacPayback.revenue";
    public const string MonthlyRevenueChurn = "monthlyRevenueChurn";
    public const string CustomerLifetimeMonths = "customerLifetimeMonths";
    public const string Ltv = "ltv";
    public const string LtvRevenue = "ltvRevenue";
    public const string LtvToCac = "ltvToCac";

    public const string SignalToActionMinutes = "signalToActionMinutes";
    public const string SignalToActionMinutesP90 = "signalToActionMinutes.p90";
    public const string SlaBreaches = "slaBreaches";

    /// <summary><c>cr.&lt;From&gt;.&lt;To&gt;</c>: period-basis conversion between consecutive volumes or pipeline stages.</summary>
    public static string Conversion(string from, string to) => $"cr.{from}.{to}";

    /// <summary><c>cr.&lt;From&gt;.&lt;To&gt;.cohort</c>: the cohort-basis conversion over the mature cohorts of the period.</summary>
    public static string CohortConversion(string from, string to) => $"cr.{from}.{to}.cohort";

    /// <summary><c>dt.&lt;From&gt;.&lt;To&gt;</c> (median days), with <c>.p75</c> and <c>.p90</c>.</summary>
    public static string StageGap(string from, string to, string? percentile = null) => Suffixed($"dt.{from}.{to}", percentile);

    /// <summary><c>dt.lifecycle.&lt;from&gt;.&lt;to&gt;</c> (median days between consecutive lifecycle stages), with <c>.p75</c> and <c>.p90</c>.</summary>
    public static string LifecycleGap(string from, string to, string? percentile = null) => Suffixed($"dt.lifecycle.{from}.{to}", percentile);

    /// <summary><c>timeInStage.&lt;stage&gt;</c> (median days of closed deals that exited it), with <c>.p75</c> and <c>.p90</c>.</summary>
    public static string TimeInStage(string stage, string? percentile = null) => Suffixed($"timeInStage.{stage}", percentile);

    /// <summary><c>stageWinProbability.&lt;stage&gt;</c>: the share of closed deals that entered the stage and were won.</summary>
    public static string StageWinProbability(string stage) => $"stageWinProbability.{stage}";

    /// <summary><c>pipelineVelocity.stage.&lt;stage&gt;</c>: open amount × win probability / median days to won.</summary>
    public static string StageVelocity(string stage) => $"pipelineVelocity.stage.{stage}";

    private static string Suffixed(string key, string? percentile) => percentile is null ? key : $"{key}.{percentile}";
}
