using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce;

/// <summary>
/// The renewal and health cases of <see cref="SalesforceOrgOptions.RenewalCases"/>: the customers of
/// <see cref="RenewalCasePlan"/> as accounts with <see cref="ContractEndField"/>, a won opportunity whose contact role
/// is the champion, and the open opportunity of each case (type <c>Renewal</c> for a renewal, Salesforce's convention).
/// Seeded accounts have no contract end, so no other account is due for renewal.
/// </summary>
public sealed partial class SalesforceOrgState
{
    /// <summary>The tenant's Account field for the contract end (connector key <c>CompanyContractEndField</c>).</summary>
    public const string ContractEndField = "Contract_End_Date__c";

    /// <summary>The customer accounts planted with <see cref="SalesforceOrgOptions.RenewalCases"/> (else none), with the alerts each must raise.</summary>
    public IReadOnlyList<PlantedRenewalCase> PlantedRenewalCases { get; private set; } = [];

    internal static SalesforceCustomField ContractEndCustomField { get; } = new("Account", ContractEndField, SalesforceCustomFieldType.Date);

    private void PlantRenewalCases()
    {
        var planted = new List<PlantedRenewalCase>();
        var number = 0;
        foreach (var plan in RenewalCasePlan.All)
        {
            var n = ++number;
            string Day(int days) => SalesforceTime.Format(SalesforceTime.Day(Store.NowMs + (days * 86_400_000L)));
            var account = Insert("Account", new() { ["Name"] = $"Renewal Case {n} Corp", ["Type"] = "Customer - Direct", [ContractEndField] = Day(plan.ContractEndInDays) });
            // LastActivityDate is Salesforce's own (read-only): the activities logged on the account set it.
            var (accounts, row) = Locate(account);
            accounts.Set(row, "LastActivityDate", SalesforceTime.Day(Store.NowMs - (plan.ActivityDaysAgo * 86_400_000L)));
            var champion = Insert("Contact", new() { ["FirstName"] = $"Case{n}", ["LastName"] = "Champion", ["AccountId"] = plan.ChampionStays ? account : null });
            Insert("Contact", new() { ["FirstName"] = $"Case{n}", ["LastName"] = "User", ["AccountId"] = account });
            var won = Insert("Opportunity", new() { ["Name"] = $"Renewal Case {n}: first term", ["AccountId"] = account, ["StageName"] = "Closed Won",
                ["CloseDate"] = Day(plan.ContractEndInDays - 365), ["Amount"] = 12000, ["Type"] = "New Customer" });
            Insert("OpportunityContactRole", new() { ["OpportunityId"] = won, ["ContactId"] = champion, ["Role"] = "Economic Buyer", ["IsPrimary"] = true });
            if (plan.Open != RenewalCasePlan.OpenDeal.None)
            {
                // The org has one set of stages: a renewal is told by its type, whichever the fake's other cases use.
                var type = plan.Open == RenewalCasePlan.OpenDeal.Upsell ? "Existing Customer - Upgrade" : "Renewal";
                Insert("Opportunity", new() { ["Name"] = $"Renewal Case {n}: {plan.Open}", ["AccountId"] = account, ["StageName"] = "Prospecting",
                    ["CloseDate"] = Day(plan.ContractEndInDays), ["Amount"] = 12000, ["Type"] = type });
            }

            planted.Add(new PlantedRenewalCase(account, plan.Name, plan.AlertTypes));
        }

        PlantedRenewalCases = planted;
    }

    private string Insert(string objectName, Dictionary<string, object?> fields)
    {
        var table = Store.Table(objectName)!;
        var outcome = Writer.Create(table.Schema, JsonSerializer.SerializeToElement(fields), allowSave: true);
        return outcome.Success
            ? outcome.Id!
            : throw new InvalidOperationException($"Planting a renewal case failed on {objectName}: " + string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")));
    }
}
