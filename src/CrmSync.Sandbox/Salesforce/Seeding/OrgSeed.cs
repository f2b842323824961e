using CrmSync.Sandbox.Owners;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Builds every seeded sObject from the seed. The people and companies come from the HubSpot sandbox's seed (same
/// seed → the same names, emails, phones and planted duplicates), so both fakes tell one story.
/// </summary>
internal sealed class OrgSeed
{
    public OrgSeed(SalesforceOrgOptions options, DateTimeOffset seededAt)
    {
        var shared = new SandboxOptions { Records = options.Records, Seed = options.Seed, DuplicateRate = options.DuplicateRate };
        var owners = OwnerSeed.Create(seededAt);
        var context = new SeedContext(shared, seededAt, owners);
        var contactDuplicates = new DuplicatePlan(options.Seed, SeedStreams.Contacts, options.DuplicateRate, ContactSeed.Variations);
        var companyDuplicates = new DuplicatePlan(options.Seed, SeedStreams.Companies, options.DuplicateRate, CompanySeed.Variations);
        var links = new SeedAssociations(context, contactDuplicates);
        var companies = new CompanySeed(context, companyDuplicates);
        Users = new UserDirectory(owners, seededAt);
        Accounts = new AccountSource(context, companies, Users);
        Contacts = new ContactSource(context, new ContactSeed(context, contactDuplicates, companies, links), links, Accounts, Users);
        var plans = new OpportunityPlans(context);
        Opportunities = new OpportunitySource(context, plans, links, Accounts, Users);
        History = new OpportunityHistorySource(context, plans, Opportunities);
        ContactRoles = new ContactRoleSource(context, links, Opportunities);
        Leads = new LeadSource(context, new LeadPeople(context, Math.Max(20, options.Records / 2), Contacts, Accounts), Contacts, links, Users);
    }

    public UserDirectory Users { get; }

    public AccountSource Accounts { get; }

    public ContactSource Contacts { get; }

    public LeadSource Leads { get; }

    public OpportunitySource Opportunities { get; }

    public OpportunityHistorySource History { get; }

    public ContactRoleSource ContactRoles { get; }

    public IRecordSource? SourceFor(string objectName) => objectName switch
    {
        "Account" => Accounts,
        "Contact" => Contacts,
        "Lead" => Leads,
        "Opportunity" => Opportunities,
        "OpportunityHistory" => History,
        "OpportunityContactRole" => ContactRoles,
        _ => null,
    };

    /// <summary>Rows of the small objects that are stored outright: users and stages.</summary>
    public IEnumerable<Dictionary<string, object?>> StoredRows(string objectName, DateTime seededAt, string adminId) => objectName switch
    {
        "User" => Users.Rows,
        "OpportunityStage" => OpportunityStages.All.Select(s => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ApiName"] = s.ApiName, ["MasterLabel"] = s.ApiName, ["IsActive"] = s.IsActive, ["IsClosed"] = s.IsClosed, ["IsWon"] = s.IsWon,
            ["DefaultProbability"] = s.DefaultProbability, ["ForecastCategory"] = s.ForecastCategory, ["ForecastCategoryName"] = s.ForecastCategoryName,
            ["SortOrder"] = (double)s.SortOrder, ["CreatedDate"] = seededAt.AddDays(-900), ["CreatedById"] = adminId,
            ["LastModifiedDate"] = seededAt.AddDays(-900), ["LastModifiedById"] = adminId, ["SystemModstamp"] = seededAt.AddDays(-900),
        }),
        _ => [],
    };
}
