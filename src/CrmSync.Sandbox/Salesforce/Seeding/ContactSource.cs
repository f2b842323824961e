using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Contacts are the sandbox's seeded contacts (names, emails, phones, titles, planted near-duplicates) with their
/// company as AccountId.
/// </summary>
internal sealed class ContactSource(SeedContext context, ContactSeed contacts, SeedAssociations links, AccountSource accounts, UserDirectory users)
    : SeededRecordSource(context.Seed, SalesforceSeedStreams.Contacts, context.SeededAtMs)
{
    private const int SourceField = 1;

    public override int Count => contacts.Count;

    public ContactSeed Seed => contacts;

    public int AccountOf(int number) => links.CompanyOfContact(number);

    public string? Text(int number, string hubSpotProperty) => contacts.GetValue(number, hubSpotProperty);

    public override long CreatedMs(int number) => contacts.CreatedMs(number);

    public override long ModifiedMs(int number) => contacts.ModifiedMs(number);

    protected override string OwnerId(int number) => users.FromOwner(contacts.GetValue(number, "hubspot_owner_id"));

    protected override object? Value(int number, string field) => field switch
    {
        "FirstName" => contacts.GetValue(number, "firstname"),
        "LastName" => contacts.GetValue(number, "lastname"),
        "Email" => contacts.GetValue(number, "email"),
        "Phone" => contacts.GetValue(number, "phone"),
        "Title" => contacts.GetValue(number, "jobtitle"),
        "AccountId" => AccountOf(number) is > 0 and var account ? SalesforceId.Make("001", account) : null,
        "LeadSource" => Picklists.LeadSources[Hash.Below(number, SourceField, Picklists.LeadSources.Length)],
        "MailingCity" => AccountOf(number) is > 0 and var account ? accounts.Get(account, "BillingCity") : null,
        "MailingCountry" => AccountOf(number) is > 0 and var account ? accounts.Get(account, "BillingCountry") : null,
        "LastActivityDate" => SeedTime.TryParse(contacts.GetValue(number, "notes_last_updated"), out var at) ? SalesforceTime.Day(at) : null,
        _ => null,
    };
}
