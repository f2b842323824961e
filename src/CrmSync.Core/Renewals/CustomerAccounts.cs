using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Renewals;

/// <summary>
/// Finds the customer companies of one connector and gathers their facts (<see cref="CustomerAccount"/>). A company is
/// a customer when its lifecycle stage is a customer stage, it has a won deal, or it has a contract end date.
/// Associations are read from either side (deal → company, contact → company, or the company's own lists).
/// </summary>
internal static class CustomerAccounts
{
    /// <summary>What both analyzers read: companies, their deals and their contacts.</summary>
    public static IReadOnlyList<ObjectInputs> Inputs(params string[] extraCompanyFields) =>
    [
        new ObjectInputs(CrmObjectTypes.Companies)
        {
            Fields = [CanonicalFields.Name, CanonicalFields.OwnerId, CanonicalFields.LifecycleStage, CanonicalFields.ContractEnd,
                CanonicalFields.LastActivityAt, .. extraCompanyFields],
        },
        new ObjectInputs(CrmObjectTypes.Deals)
        {
            Fields = [CanonicalFields.Name, CanonicalFields.Pipeline, CanonicalFields.Stage, CanonicalFields.IsClosed, CanonicalFields.IsWon,
                CanonicalFields.DealType, CanonicalFields.CloseDate, CanonicalFields.ContractEnd, CanonicalFields.RecurringAmount,
                CanonicalFields.LastActivityAt],
            Associations = [CrmObjectTypes.Companies, CrmObjectTypes.Contacts],
        },
        new ObjectInputs(CrmObjectTypes.Contacts)
        {
            Fields = [CanonicalFields.LastActivityAt],
            Associations = [CrmObjectTypes.Companies],
        },
    ];

    public static IReadOnlyList<CustomerAccount> Find(AnalysisContext context, CustomerScope scope)
    {
        var pipelines = context.Pipelines.Where(p => p.ObjectType == CrmObjectTypes.Deals)
            .GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var deals = Links(context, CrmObjectTypes.Deals);
        var contacts = Links(context, CrmObjectTypes.Contacts);
        var accounts = new List<CustomerAccount>();
        foreach (var company in context.Records(CrmObjectTypes.Companies).Where(c => !c.Archived))
        {
            var own = deals.Of(company);
            var won = own.Where(d => Flag(d, CanonicalFields.IsWon)).ToList();
            var contractEnd = Date(company.Get(CanonicalFields.ContractEnd)) ?? won.Select(d => Date(d.Get(CanonicalFields.ContractEnd))).Max();
            if (!scope.IsCustomerStage(company.Get(CanonicalFields.LifecycleStage)) && won.Count == 0 && contractEnd is null)
                continue;
            var open = own.Where(d => !Flag(d, CanonicalFields.IsClosed)).ToList();
            var people = contacts.Of(company);
            var activity = own.Concat(people).Append(company).Select(r => CrmTimestamp.Parse(r.Get(CanonicalFields.LastActivityAt))).Max();
            var (hasChampion, known) = Champion(won, people);
            accounts.Add(new CustomerAccount(company, contractEnd, open, open.Any(d => scope.IsRenewalDeal(d, pipelines)), activity,
                hasChampion, known, Arr(won)));
        }

        return accounts;
    }

    /// <summary>
    /// The champion is a contact of the latest won deal; it is still there when one of them is still associated with the
    /// company. Without a won deal that has contacts, any contact of the company counts.
    /// </summary>
    private static (bool Present, bool Known) Champion(List<CrmRecord> won, IReadOnlyList<CrmRecord> people)
    {
        var ids = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var latest = won.Where(d => Ids(d, CrmObjectTypes.Contacts).Count > 0)
            .OrderByDescending(d => CrmTimestamp.Parse(d.Get(CanonicalFields.CloseDate)) ?? DateTimeOffset.MinValue).FirstOrDefault();
        return latest is null ? (ids.Count > 0, false) : (Ids(latest, CrmObjectTypes.Contacts).Any(ids.Contains), true);
    }

    /// <summary>Twelve times the recurring (monthly) amount of the won deals; null when none has one.</summary>
    private static decimal? Arr(List<CrmRecord> won)
    {
        var monthly = won.Select(d => decimal.TryParse(d.Get(CanonicalFields.RecurringAmount), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : (decimal?)null)
            .Where(m => m is > 0).ToList();
        return monthly.Count == 0 ? null : 12 * monthly.Sum();
    }

    internal static DateOnly? Date(string? value) => CrmTimestamp.Parse(value) is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;

    private static bool Flag(CrmRecord record, string field) => string.Equals(record.Get(field), "true", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Ids(CrmRecord record, string type) => record.Associations.TryGetValue(type, out var ids) ? ids : [];

    /// <summary>The records of <paramref name="type"/> associated with each company, from either side.</summary>
    private static CompanyLinks Links(AnalysisContext context, string type)
    {
        var records = context.Records(type).Where(r => !r.Archived).ToList();
        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var byCompany = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var companyId in Ids(record, CrmObjectTypes.Companies))
                Add(byCompany, companyId, record.Id);
        }

        foreach (var company in context.Records(CrmObjectTypes.Companies))
        {
            foreach (var id in Ids(company, type).Where(byId.ContainsKey))
                Add(byCompany, company.Id, id);
        }

        return new CompanyLinks(byCompany.ToDictionary(p => p.Key, p => (IReadOnlyList<CrmRecord>)p.Value.Order(StringComparer.Ordinal).Select(id => byId[id]).ToList(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var set))
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(id);
    }

    private sealed class CompanyLinks(Dictionary<string, IReadOnlyList<CrmRecord>> byCompany)
    {
        public IReadOnlyList<CrmRecord> Of(CrmRecord company) => byCompany.GetValueOrDefault(company.Id) ?? [];
    }
}
