namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// A lock-free, direct-mapped memo of comparison levels by value-id pair, for columns with few distinct values
/// (cities, company names) where the same two values meet again and again. Each slot is one 64-bit word holding
/// both ids and the level, so racing threads can only overwrite a slot, never tear it.
/// </summary>
internal sealed class PairLevelCache
{
    private const int IdBits = 28;
    private const ulong IdMask = (1UL << IdBits) - 1;
    private const ulong KeyMask = (1UL << (2 * IdBits)) - 1;
    private readonly ulong[] _slots;
    private readonly int _shift;

    /// <param name="slotBits">log2 of the slot count (16: 512 KB).</param>
    public PairLevelCache(int slotBits = 16)
    {
        _slots = new ulong[1 << slotBits];
        _shift = 64 - slotBits;
    }

    public bool TryGet(int idA, int idB, out int level)
    {
        level = 0;
        if (!TryKey(idA, idB, out var key, out var slot))
        {
            return false;
        }

        var entry = Volatile.Read(ref _slots[slot]);
        // Stored as key + (level + 1) in the top bits, so an empty slot (0) never matches.
        if (entry == 0 || (entry & KeyMask) != key)
        {
            return false;
        }

        level = (int)(entry >> (2 * IdBits)) - 1;
        return true;
    }

    public void Set(int idA, int idB, int level)
    {
        if (TryKey(idA, idB, out var key, out var slot))
        {
            Volatile.Write(ref _slots[slot], ((ulong)(uint)(level + 1) << (2 * IdBits)) | key);
        }
    }

    private bool TryKey(int idA, int idB, out ulong key, out int slot)
    {
        key = 0;
        slot = 0;
        if ((uint)idA > IdMask || (uint)idB > IdMask)
        {
            return false;
        }

        var (low, high) = idA < idB ? (idA, idB) : (idB, idA);
        key = ((ulong)(uint)low << IdBits) | (uint)high;
        slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        return true;
    }
}
