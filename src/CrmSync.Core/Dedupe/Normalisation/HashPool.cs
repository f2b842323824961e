namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Interns 64-bit values (a phone number, a hash of an email's local part) as dense ids, like
/// <see cref="StringPool"/> but without keeping a string per distinct value: a million contacts hold nearly a
/// million distinct phones and local parts, which are only ever compared, counted and blocked on. 0 is "missing".
/// </summary>
internal sealed class HashPool(int capacity = 16)
{
    private Dictionary<ulong, int>? _ids = new(capacity);
    private int _count;

    public int Count => _count;

    public int Intern(ulong value)
    {
        if (value == 0)
        {
            return StringPool.Missing;
        }

        var ids = _ids ?? throw new InvalidOperationException("The pool no longer interns: its index was released.");
        if (!ids.TryGetValue(value, out var id))
        {
            id = _count++;
            ids.Add(value, id);
        }

        return id;
    }

    /// <summary>Drops the value → id index once no value will be added (ids and <see cref="Count"/> stay).</summary>
    public void ReleaseIndex() => _ids = null;
}
