namespace CrmSync.Sandbox.Seeding;

/// <summary>Small deterministic sequence generator for values that depend on each other (a deal's stage path).</summary>
internal struct SeedRandom(ulong state)
{
    private ulong state = state;

    public ulong NextRaw()
    {
        state += 0x9E3779B97F4A7C15UL;
        return DeterministicHash.Mix(state);
    }

    public int Next(int bound) => (int)(NextRaw() % (ulong)bound);

    public long NextLong(long bound) => (long)(NextRaw() % (ulong)bound);

    public bool Percent(int percent) => Next(100) < percent;
}
