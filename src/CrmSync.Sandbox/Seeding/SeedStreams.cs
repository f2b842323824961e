namespace CrmSync.Sandbox.Seeding;

/// <summary>Stream numbers keep the hash spaces of the object types apart.</summary>
internal static class SeedStreams
{
    public const int Contacts = 1;
    public const int Companies = 2;
    public const int Deals = 3;
    public const int Duplicates = 4;
    public const int Faults = 5;
}
