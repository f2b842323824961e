namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Interns 64-bit values (a phone number, a hash of an email's local part) as dense ids, like
/// <see cref="StringPool"/> but without keeping a string per distinct value: a million contacts hold nearly a
/// million distinct phones and local parts, which are only ever compared, counted and blocked on. 0 is "missing".
/// </summary>
internal sealed class HashPool(int capacity = 16)
{
    private readonly Dictionary<ulong, int> _ids = new(capacity);

    public int Count => _ids.Count;

    public int Intern(ulong value)
    {
        if (value == 0)
        {
            return StringPool.Missing;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _ids.Count;
            _ids.Add(value, id);
        }

        return id;
    }
}
