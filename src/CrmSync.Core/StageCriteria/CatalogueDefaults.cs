using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using C = CrmSync.Core.StageCriteria.CriterionOptions;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// The catalogue's default gates (metrics.md §10.2, §10.3) on HubSpot's default deal pipeline (stage ids) and
/// Salesforce's standard opportunity stages (labels), plus lifecycle stages of contacts and lead statuses. Qualification and later:
/// amount set and &gt; 0, close date set, a company and a contact associated; commit stages: two contacts or more
/// (single-threaded otherwise); closed won: close date not in the future. Going dark after 14 / 7 / 5 / 3 days
/// without activity in discovery / qualification / proposal / negotiation. Contacts in HubSpot's SQL and opportunity
/// lifecycle stages need an owner and a company; Salesforce leads being worked an owner and an email or phone,
/// converted ones their contact and account.
/// </summary>
internal static class CatalogueDefaults
{
    private static readonly List<C> Qualified =
    [
        C.RequiredField(CanonicalFields.Amount), C.Compare(CanonicalFields.Amount, ">", "0"), C.RequiredField(CanonicalFields.CloseDate),
        C.Associated(CrmObjectTypes.Companies, 1), C.Associated(CrmObjectTypes.Contacts, 1),
    ];

    private static readonly List<C> Commit = [.. Qualified.Take(4), C.Associated(CrmObjectTypes.Contacts, 2)];

    private static readonly List<C> Won = [C.RequiredField(CanonicalFields.Amount), C.Compare(CanonicalFields.CloseDate, "<=", "today")];

    private static readonly Dictionary<string, StageRuleOptions> Deals = new(StringComparer.OrdinalIgnoreCase)
    {
        // HubSpot default pipeline (stage ids)
        ["appointmentscheduled"] = Rule([], 14),
        ["qualifiedtobuy"] = Rule(Qualified, 7),
        ["presentationscheduled"] = Rule(Qualified, 5),
        ["decisionmakerboughtin"] = Rule(Commit, 5),
        ["contractsent"] = Rule(Commit, 3),
        ["closedwon"] = Rule(Won, null),

        // Salesforce standard stages (labels are the ids)
        ["Prospecting"] = Rule([], 14),
        ["Qualification"] = Rule(Qualified, 7),
        ["Needs Analysis"] = Rule(Qualified, 7),
        ["Value Proposition"] = Rule(Qualified, 5),
        ["Id. Decision Makers"] = Rule(Commit, 5),
        ["Perception Analysis"] = Rule(Commit, 5),
        ["Proposal/Price Quote"] = Rule(Commit, 5),
        ["Negotiation/Review"] = Rule(Commit, 3),
        ["Closed Won"] = Rule(Won, null),
    };

    // "An SQL needs an owner and a company" (metrics.md §10.1 lifecycle SLAs): HubSpot contacts from SQL on.
    private static readonly List<C> SalesOwned = [C.RequiredField(CanonicalFields.OwnerId), C.Associated(CrmObjectTypes.Companies, 1)];

    private static readonly Dictionary<string, StageRuleOptions> Contacts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["salesqualifiedlead"] = Rule(SalesOwned, null),
        ["opportunity"] = Rule(SalesOwned, null),
    };

    // Salesforce's standard lead statuses: a lead being worked has an owner and a way to reach it (Company is required
    // by Salesforce itself); a converted lead points at the contact and account it became.
    private static readonly Dictionary<string, StageRuleOptions> Leads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Working - Contacted"] = Rule(
            [C.RequiredField(CanonicalFields.OwnerId), new C { Expression = "!is_blank(email) || !is_blank(phone) || !is_blank(mobile_phone)", Description = "an email or a phone" }],
            null),
        ["Closed - Converted"] = Rule([C.RequiredField(CanonicalFields.ConvertedContactId), C.RequiredField(CanonicalFields.ConvertedCompanyId)], null),
    };

    public static StageRuleOptions? ForDealStage(PipelineStage stage) =>
        Deals.GetValueOrDefault(stage.Id) ?? Deals.GetValueOrDefault(stage.Label);

    public static StageRuleOptions? ForLifecycle(string objectType, string stage) =>
        objectType switch
        {
            CrmObjectTypes.Contacts => Contacts.GetValueOrDefault(stage),
            CrmObjectTypes.Leads => Leads.GetValueOrDefault(stage),
            _ => null,
        };

    private static StageRuleOptions Rule(List<C> entry, int? goingDarkDays) => new() { Entry = entry, GoingDarkDays = goingDarkDays };
}
