namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Seeded links between contacts, companies and deals, all as record indexes. Forward links are computed from the
/// seed; the reverse directions are <see cref="CompactIndex"/>es built once at start-up.
/// </summary>
internal sealed class SeedAssociations
{
    private const int HasCompanyField = 101;
    private const int CompanyPickField = 102;
    private const int DealCompanyField = 101;
    private const int DealContactCountField = 102;
    private const int DealContactPickField = 103;
    private readonly SeedContext context;
    private readonly DuplicatePlan contactDuplicates;
    private readonly DeterministicHash contactHash;
    private readonly DeterministicHash dealHash;
    private readonly CompactIndex companyContacts;
    private readonly CompactIndex companyDeals;
    private readonly CompactIndex contactDeals;

    public SeedAssociations(SeedContext context, DuplicatePlan contactDuplicates)
    {
        this.context = context;
        this.contactDuplicates = contactDuplicates;
        contactHash = new DeterministicHash(context.Seed, SeedStreams.Contacts);
        dealHash = new DeterministicHash(context.Seed, SeedStreams.Deals);
        companyContacts = CompactIndex.Build(context.Companies, context.Contacts, (i, targets) => One(CompanyOfContact(i), targets));
        companyDeals = CompactIndex.Build(context.Companies, context.Deals, (i, targets) => One(CompanyOfDeal(i), targets));
        contactDeals = CompactIndex.Build(context.Contacts, context.Deals, ContactsOfDeal);
    }

    /// <summary>88 % of contacts work at a seeded company; a planted duplicate works where its original does.</summary>
    public int CompanyOfContact(long contact)
    {
        var source = contactDuplicates.TryGetOriginal(contact, out var original, out _) ? original : contact;
        return contactHash.Percent(source, HasCompanyField, 88) ? 1 + contactHash.Below(source, CompanyPickField, context.Companies) : 0;
    }

    public int CompanyOfDeal(long deal) => 1 + dealHash.Below(deal, DealCompanyField, context.Companies);

    /// <summary>0, 1 or 2 contacts per deal, taken from the deal's company when it has any.</summary>
    public int ContactsOfDeal(int deal, Span<int> targets)
    {
        var roll = dealHash.Below(deal, DealContactCountField, 100);
        var wanted = roll < 10 ? 0 : roll < 75 ? 1 : 2;
        var pool = companyContacts[CompanyOfDeal(deal)];
        var pick = dealHash.Of(deal, DealContactPickField);
        if (wanted == 0)
        {
            return 0;
        }

        if (pool.Length == 0)
        {
            targets[0] = 1 + (int)(pick % (ulong)context.Contacts);
            return 1;
        }

        var first = (int)(pick % (ulong)pool.Length);
        targets[0] = pool[first];
        if (wanted == 1 || pool.Length < 2)
        {
            return 1;
        }

        targets[1] = pool[(first + 1 + (int)((pick >> 32) % (ulong)(pool.Length - 1))) % pool.Length];
        return 2;
    }

    public ReadOnlySpan<int> ContactsOfCompany(long company) => companyContacts[company];

    public ReadOnlySpan<int> DealsOfCompany(long company) => companyDeals[company];

    public ReadOnlySpan<int> DealsOfContact(long contact) => contactDeals[contact];

    private static int One(int target, Span<int> targets)
    {
        if (target == 0)
        {
            return 0;
        }

        targets[0] = target;
        return 1;
    }
}
