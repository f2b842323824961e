using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Seeded leads (see <see cref="LeadPeople"/>). A converted lead points at its real contact, that contact's account
/// and, seven times in ten, an opportunity of that account; it was converted when the contact was created.
/// </summary>
internal sealed class LeadSource(SeedContext context, LeadPeople people, ContactSource contacts, SeedAssociations links, UserDirectory users)
    : SeededRecordSource(context.Seed, SalesforceSeedStreams.Leads, context.SeededAtMs)
{
    private const int CreatedField = 41, ModifiedField = 42, StatusField = 43, SourceField = 44, IndustryField = 45;
    private const int OwnerField = 46, OpportunityField = 47, LeadTimeField = 48;

    public override int Count => people.Count;

    public LeadPeople People => people;

    public override long CreatedMs(int number) => people.Classify(number) is (LeadKind.Converted, var contact, _)
        ? contacts.CreatedMs(contact) - SeedTime.Day - Hash.Below(number, LeadTimeField, 60 * SeedTime.Day)
        : SeededAtMs - SeedTime.Hour - Hash.Below(number, CreatedField, 400 * SeedTime.Day);

    public override long ModifiedMs(int number) => people.Classify(number) is (LeadKind.Converted, var contact, _)
        ? contacts.CreatedMs(contact)
        : Math.Min(SeededAtMs, CreatedMs(number) + Hash.Below(number, ModifiedField, 120 * SeedTime.Day));

    protected override bool CanBeDeleted(int number) => people.Classify(number).Kind == LeadKind.Own;

    protected override string OwnerId(int number) => users.FromOwner(context.PickOwner(Hash, number, OwnerField));

    protected override object? Value(int number, string field)
    {
        var (kind, source, _) = people.Classify(number);
        var converted = kind == LeadKind.Converted;
        return field switch
        {
            "FirstName" => people.Person(number).First,
            "LastName" => people.Person(number).Last,
            "Email" => people.Person(number).Email,
            "Phone" => people.Person(number).Phone,
            "Company" => people.Person(number).Company,
            "Title" => people.Person(number).Title,
            "Status" => converted ? "Closed - Converted" : OpenStatus(number),
            "LeadSource" => Picklists.LeadSources[Hash.Below(number, SourceField, Picklists.LeadSources.Length)],
            "Industry" => Picklists.Industries[Hash.Below(number, IndustryField, Picklists.Industries.Length)],
            "IsConverted" => converted,
            "ConvertedDate" => converted ? SalesforceTime.Day(contacts.CreatedMs(source)) : null,
            "ConvertedContactId" => converted ? SalesforceId.Make("003", source) : null,
            "ConvertedAccountId" => converted ? SalesforceId.Make("001", contacts.AccountOf(source)) : null,
            "ConvertedOpportunityId" => converted ? ConvertedOpportunity(number, contacts.AccountOf(source)) : null,
            _ => null,
        };
    }

    private string OpenStatus(int number) => Hash.Below(number, StatusField, 100) switch
    {
        < 50 => "Open - Not Contacted",
        < 85 => "Working - Contacted",
        _ => "Closed - Not Converted",
    };

    private string? ConvertedOpportunity(int number, int account)
    {
        var deals = links.DealsOfCompany(account);
        return deals.Length > 0 && Hash.Percent(number, OpportunityField, 70) ? SalesforceId.Make("006", deals[0]) : null;
    }
}
