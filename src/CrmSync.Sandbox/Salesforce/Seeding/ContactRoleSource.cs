using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>OpportunityContactRole: the 0–2 contacts the sandbox links to each deal (from the deal's account), the first primary.</summary>
internal sealed class ContactRoleSource : SeededRecordSource
{
    private const int RoleField = 1, DelayField = 2;
    private readonly SeedAssociations links;
    private readonly OpportunitySource opportunities;
    private readonly ChildRowIndex rows;

    public ContactRoleSource(SeedContext context, SeedAssociations links, OpportunitySource opportunities)
        : base(context.Seed, SalesforceSeedStreams.ContactRoles, context.SeededAtMs)
    {
        this.links = links;
        this.opportunities = opportunities;
        Span<int> buffer = stackalloc int[2];
        var counts = new byte[opportunities.Count + 1];
        for (var deal = 1; deal <= opportunities.Count; deal++)
        {
            counts[deal] = (byte)links.ContactsOfDeal(deal, buffer);
        }

        rows = new ChildRowIndex(opportunities.Count, deal => counts[deal]);
    }

    public override int Count => rows.Count;

    protected override int DeletedPerMille => 0;

    public override long CreatedMs(int number) =>
        Math.Min(SeededAtMs, opportunities.CreatedMs(rows.Locate(number).Parent) + Hash.Below(number, DelayField, 5 * SeedTime.Day));

    public override long ModifiedMs(int number) => CreatedMs(number);

    protected override string OwnerId(int number) => opportunities.Owner(rows.Locate(number).Parent);

    protected override object? Value(int number, string field)
    {
        var (deal, slot) = rows.Locate(number);
        return field switch
        {
            "OpportunityId" => SalesforceId.Make("006", deal),
            "ContactId" => SalesforceId.Make("003", Contact(deal, slot)),
            "Role" => Picklists.ContactRoles[Hash.Below(number, RoleField, Picklists.ContactRoles.Length)],
            "IsPrimary" => slot == 0,
            _ => null,
        };
    }

    private int Contact(int deal, int slot)
    {
        Span<int> buffer = stackalloc int[2];
        links.ContactsOfDeal(deal, buffer);
        return buffer[slot];
    }
}
