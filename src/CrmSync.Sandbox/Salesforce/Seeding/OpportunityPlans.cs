using System.Globalization;
using CrmSync.Sandbox.Pipelines;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Opportunity lives planned by the sandbox's deal planner on Salesforce's standard stages (25 % won, 20 % lost,
/// a third of the open ones stalled 60+ days, some skipped stages, some regressions), and the OpportunityHistory rows
/// that follow: one per stage entered, plus, for a fifth of them, an amount change within the first stage (a row that
/// is not a stage transition). Keeps the last plan: a page reads many fields of one opportunity in a row.
/// </summary>
internal sealed class OpportunityPlans
{
    private const int ChangeField = 31;
    private readonly DealPlanner planner;
    private readonly DeterministicHash hash;
    private (int Number, DealPlan? Plan, HistoryRow[]? Rows) last;

    public OpportunityPlans(SeedContext context)
    {
        var stages = OpportunityStages.All.Where(s => s.IsActive)
            .Select(s => new PipelineStage(s.ApiName, s.ApiName, s.SortOrder, s.IsClosed, s.IsWon ? "1.0" : (s.DefaultProbability / 100).ToString("0.0#", CultureInfo.InvariantCulture)))
            .ToList();
        var pipeline = new DealPipeline("default", "Sales Process", 0, stages, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        planner = new DealPlanner(context, [pipeline, pipeline]);
        hash = new DeterministicHash(context.Seed, SalesforceSeedStreams.Opportunities);
    }

    public DealPlan Plan(int number)
    {
        if (last.Number != number || last.Plan is null)
        {
            last = (number, planner.Plan(number), null);
        }

        return last.Plan;
    }

    public static double? Amount(DealPlan plan) => plan.Amount is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    public static OpportunityStageInfo StageOf(StageVisit visit) => OpportunityStages.Find(visit.Stage.Id)!;

    public HistoryRow[] History(int number)
    {
        var plan = Plan(number);
        if (last.Rows is { } cached)
        {
            return cached;
        }

        var finalAmount = Amount(plan);
        var visits = plan.Visits;
        var amountChange = visits.Length >= 2 && finalAmount is not null && hash.Percent(number, ChangeField, 20);
        var finalClose = SalesforceTime.Day(plan.CloseDateMs);
        // A closed opportunity closed before the date it was expected to: earlier rows carry that expected date.
        var expectedClose = plan.Current.Stage.IsClosed ? finalClose.AddDays(14) : finalClose;
        var rows = new List<HistoryRow>(visits.Length + 1);
        for (var i = 0; i < visits.Length; i++)
        {
            var amount = amountChange && i == 0 ? Math.Round(finalAmount!.Value * 0.8 / 250) * 250 : finalAmount;
            Add(rows, StageOf(visits[i]), visits[i].EnteredMs, amount, i == visits.Length - 1 ? finalClose : expectedClose);
            if (amountChange && i == 0)
            {
                Add(rows, StageOf(visits[0]), (visits[0].EnteredMs + visits[1].EnteredMs) / 2, finalAmount, expectedClose);
            }
        }

        var result = rows.ToArray();
        last = (number, plan, result);
        return result;
    }

    private static void Add(List<HistoryRow> rows, OpportunityStageInfo stage, long at, double? amount, DateOnly close)
    {
        var previous = rows.Count > 0 ? rows[^1] : (HistoryRow?)null;
        rows.Add(new HistoryRow(stage, at, amount, close, previous?.Amount, previous?.CloseDate));
    }
}
