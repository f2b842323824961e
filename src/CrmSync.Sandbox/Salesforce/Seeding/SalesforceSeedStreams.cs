namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>Hash streams of the Salesforce seed, apart from the HubSpot seed's (1..5) so both can share word lists.</summary>
internal static class SalesforceSeedStreams
{
    public const int Accounts = 21;
    public const int Contacts = 22;
    public const int Leads = 23;
    public const int LeadDuplicates = 24;
    public const int Opportunities = 25;
    public const int ContactRoles = 26;
    public const int Faults = 27;
}
