using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>Seeded OpportunityHistory: the rows of opportunity 1, then of opportunity 2, ... (see <see cref="OpportunityPlans"/>).</summary>
internal sealed class OpportunityHistorySource : SeededRecordSource
{
    private readonly OpportunityPlans plans;
    private readonly OpportunitySource opportunities;
    private readonly ChildRowIndex rows;

    public OpportunityHistorySource(SeedContext context, OpportunityPlans plans, OpportunitySource opportunities)
        : base(context.Seed, SalesforceSeedStreams.Opportunities, context.SeededAtMs)
    {
        this.plans = plans;
        this.opportunities = opportunities;
        rows = new ChildRowIndex(opportunities.Count, opportunity => plans.History(opportunity).Length);
    }

    public override int Count => rows.Count;

    protected override int DeletedPerMille => 0;

    public override long CreatedMs(int number) => Row(number).Row.AtMs;

    public override long ModifiedMs(int number) => CreatedMs(number);

    protected override string OwnerId(int number) => opportunities.Owner(rows.Locate(number).Parent);

    protected override object? Value(int number, string field)
    {
        var (opportunity, row) = Row(number);
        return field switch
        {
            "OpportunityId" => SalesforceId.Make("006", opportunity),
            "StageName" => row.Stage.ApiName,
            "Amount" => row.Amount,
            "ExpectedRevenue" => row.Amount is { } amount ? Math.Round(amount * row.Stage.DefaultProbability / 100, 2) : null,
            "CloseDate" => row.CloseDate,
            "Probability" => row.Stage.DefaultProbability,
            "ForecastCategory" => row.Stage.ForecastCategory,
            "PrevAmount" => row.PrevAmount,
            "PrevCloseDate" => row.PrevCloseDate,
            _ => null,
        };
    }

    private (int Opportunity, HistoryRow Row) Row(int number)
    {
        var (opportunity, slot) = rows.Locate(number);
        return (opportunity, plans.History(opportunity)[slot]);
    }
}
