using CrmSync.Sandbox.Owners;

namespace CrmSync.Sandbox.Seeding;

/// <summary>What every seed source shares: the seed, the seeding instant, record counts and owners.</summary>
internal sealed class SeedContext
{
    public SeedContext(SandboxOptions options, DateTimeOffset seededAt, IReadOnlyList<Owner> owners)
    {
        Seed = options.Seed;
        SeededAtMs = seededAt.ToUnixTimeMilliseconds();
        Contacts = options.Records;
        Companies = Math.Max(10, options.Records / 10);
        Deals = Math.Max(20, options.Records / 5);
        DuplicateRate = options.DuplicateRate;
        ActiveOwnerIds = owners.Where(o => !o.Archived).Select(o => o.Id).ToArray();
        ArchivedOwnerId = owners.First(o => o.Archived).Id;
        OwnerUserIds = owners.ToDictionary(o => o.Id, o => o.UserId);
    }

    public int Seed { get; }

    public long SeededAtMs { get; }

    public int Contacts { get; }

    public int Companies { get; }

    public int Deals { get; }

    public double DuplicateRate { get; }

    public string[] ActiveOwnerIds { get; }

    public string ArchivedOwnerId { get; }

    public IReadOnlyDictionary<string, long> OwnerUserIds { get; }

    /// <summary>97 % an active owner, 1 % the departed one, 2 % unowned.</summary>
    public string? PickOwner(DeterministicHash hash, long index, int field)
    {
        var roll = hash.Below(index, field, 100);
        return roll switch
        {
            < 2 => null,
            < 3 => ArchivedOwnerId,
            _ => ActiveOwnerIds[hash.Below(index, field + 1000, ActiveOwnerIds.Length)],
        };
    }
}
