using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Renewals;

/// <summary>
/// The task of one due renewal: key <c>renewal_approaching:companies:{id}:{contract end}</c> (once per contract term),
/// for the company's owner, priority high within 30 days of the end, money at risk the ARR at renewal.
/// </summary>
internal static class RenewalAlert
{
    public static AlertCandidate Create(CustomerAccount account, DateOnly today, int windowDays)
    {
        var company = account.Company;
        var end = account.ContractEnd!.Value;
        var days = account.DaysToContractEnd(today)!.Value;
        var name = RenewalText.NameOf(account);
        var arr = account.AnnualRecurringRevenue is { } value ? $" ARR at renewal: {value:0.##}." : "";
        var body =
            $"Company {name} (id {company.Id}): the contract ends {RenewalText.Day(end)} ({RenewalText.When(days)}) and no renewal deal is open.{arr}\n" +
            $"Renewal work starts {windowDays} days before the contract end (docs/renewals-and-health.md): open the renewal deal " +
            "or record the extended contract end. CrmSync re-checks on every run and completes this task once either is done.";
        return new AlertCandidate($"{RenewalAnalyzer.AlertType}:{CrmObjectTypes.Companies}:{company.Id}:{RenewalText.Day(end)}", RenewalAnalyzer.AlertType,
            CrmObjectTypes.Companies, company.Id, Blank(company.Get(CanonicalFields.OwnerId)),
            $"CrmSync: renewal of {name} due {RenewalText.Day(end)} ({RenewalText.When(days)}), no renewal deal", body,
            days <= 30 ? AlertPriority.High : AlertPriority.Medium)
        {
            MoneyAtRisk = account.AnnualRecurringRevenue,
            Since = new DateTimeOffset(end.AddDays(-windowDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
