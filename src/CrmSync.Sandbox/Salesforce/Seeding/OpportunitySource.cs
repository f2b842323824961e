using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>Opportunities: the plan's current stage, amount and close date, on the account the sandbox's deal belongs to.</summary>
internal sealed class OpportunitySource(SeedContext context, OpportunityPlans plans, SeedAssociations links, AccountSource accounts, UserDirectory users)
    : SeededRecordSource(context.Seed, SalesforceSeedStreams.Opportunities, context.SeededAtMs)
{
    private const int TypeField = 1, SourceField = 2, NextStepField = 3, ActivityField = 4;
    private static readonly string?[] NextSteps = ["Send proposal", "Schedule demo", "Follow up with legal", "Confirm budget", null, null];

    public override int Count => context.Deals;

    public int AccountOf(int number) => links.CompanyOfDeal(number);

    public override long CreatedMs(int number) => plans.Plan(number).CreatedMs;

    public override long ModifiedMs(int number) => plans.Plan(number).ModifiedMs;

    public string Owner(int number) => OwnerId(number);

    protected override string OwnerId(int number) => users.FromOwner(plans.Plan(number).OwnerId);

    protected override object? Value(int number, string field)
    {
        var plan = plans.Plan(number);
        var stage = OpportunityPlans.StageOf(plan.Current);
        return field switch
        {
            "Name" => $"{accounts.Name(AccountOf(number))} - {plan.Product}",
            "AccountId" => SalesforceId.Make("001", AccountOf(number)),
            "StageName" => stage.ApiName,
            "Amount" => OpportunityPlans.Amount(plan),
            "Probability" => stage.DefaultProbability,
            "CloseDate" => SalesforceTime.Day(plan.CloseDateMs),
            "ForecastCategoryName" => stage.ForecastCategoryName,
            "Type" => Picklists.OpportunityTypes[Hash.Below(number, TypeField, Picklists.OpportunityTypes.Length)],
            "LeadSource" => Picklists.LeadSources[Hash.Below(number, SourceField, Picklists.LeadSources.Length)],
            "NextStep" => stage.IsClosed ? null : NextSteps[Hash.Below(number, NextStepField, NextSteps.Length)],
            "HasOpportunityLineItem" => false,
            "LastActivityDate" => Hash.Percent(number, ActivityField, 70) ? SalesforceTime.Day(plan.ModifiedMs) : null,
            _ => null,
        };
    }
}
