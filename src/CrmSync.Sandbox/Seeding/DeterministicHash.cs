namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// SplitMix64-based hashing of (seed, stream, index, field). Every seeded value is a pure function of these, so a
/// record can be regenerated on demand instead of being stored: that is what keeps 1,000,000 contacts small.
/// </summary>
internal readonly struct DeterministicHash(int seed, int stream)
{
    private readonly ulong root = Mix(Mix((ulong)(uint)seed) ^ ((ulong)(uint)stream << 32));

    public ulong Of(long index, int field) => Mix(Mix(root ^ (ulong)index) ^ (ulong)(uint)field);

    /// <summary>Uniform in [0, bound).</summary>
    public int Below(long index, int field, int bound) => (int)(Of(index, field) % (ulong)bound);

    /// <summary>Uniform in [0, bound).</summary>
    public long Below(long index, int field, long bound) => (long)(Of(index, field) % (ulong)bound);

    /// <summary>Uniform in [0, 1).</summary>
    public double Unit(long index, int field) => (Of(index, field) >> 11) * (1.0 / (1UL << 53));

    public bool Percent(long index, int field, int percent) => Below(index, field, 100) < percent;

    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
