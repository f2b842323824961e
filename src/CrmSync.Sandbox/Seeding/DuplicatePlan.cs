namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Decides, from the seed alone, which seeded records are planted near-duplicates and of which earlier record.
/// Originals are never duplicates themselves, so each planted pair is (original, duplicate) with original &lt; duplicate.
/// </summary>
internal sealed class DuplicatePlan(int seed, int stream, double rate, int variations)
{
    private const int FirstPossibleDuplicate = 11;
    private const int DuplicateField = 1;
    private const int OriginalField = 2;
    private const int VariationField = 3;
    private readonly DeterministicHash hash = new(seed, SeedStreams.Duplicates * 16 + stream);

    public bool IsDuplicate(long index) => rate > 0 && index >= FirstPossibleDuplicate && hash.Unit(index, DuplicateField) < rate;

    public bool TryGetOriginal(long index, out long original, out int variation)
    {
        original = index;
        variation = 0;
        if (!IsDuplicate(index))
        {
            return false;
        }

        var candidate = 1 + hash.Below(index, OriginalField, index - 1);
        while (IsDuplicate(candidate))
        {
            candidate = 1 + hash.Below(candidate, OriginalField, candidate - 1);
        }

        original = candidate;
        variation = hash.Below(index, VariationField, variations);
        return true;
    }

    public IEnumerable<(long Original, long Duplicate, int Variation)> All(int count)
    {
        for (long index = FirstPossibleDuplicate; index <= count; index++)
        {
            if (TryGetOriginal(index, out var original, out var variation))
            {
                yield return (original, index, variation);
            }
        }
    }
}
