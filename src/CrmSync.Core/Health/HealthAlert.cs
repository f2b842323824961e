using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Renewals;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Health;

/// <summary>
/// The task of one health drop: key <c>health_drop:companies:{id}:{first day below}</c> (once per drop), for the
/// company's owner, with the reasons; money at risk is the ARR, so budgets put big accounts first.
/// </summary>
internal static class HealthAlert
{
    public static AlertCandidate Create(CustomerAccount account, HealthCard card, DateOnly since, int threshold)
    {
        var company = account.Company;
        var name = RenewalText.NameOf(account);
        var body =
            $"Company {name} (id {company.Id}): health score {card.Score} is below {threshold} since {RenewalText.Day(since)}.\n" +
            $"Why: {card.ReasonsText}.\n" +
            "Formula and weights: docs/renewals-and-health.md. CrmSync re-checks on every run and completes this task once " +
            $"the score is back at {threshold} or above; it never edits the record itself.";
        return new AlertCandidate($"{HealthScoreAnalyzer.AlertType}:{CrmObjectTypes.Companies}:{company.Id}:{RenewalText.Day(since)}",
            HealthScoreAnalyzer.AlertType, CrmObjectTypes.Companies, company.Id,
            string.IsNullOrWhiteSpace(company.Get(CanonicalFields.OwnerId)) ? null : company.Get(CanonicalFields.OwnerId)!.Trim(),
            $"CrmSync: {name}: health score {card.Score} (below {threshold})", body, card.Score < threshold / 2 ? AlertPriority.High : AlertPriority.Medium)
        {
            MoneyAtRisk = account.AnnualRecurringRevenue,
            Since = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }
}
