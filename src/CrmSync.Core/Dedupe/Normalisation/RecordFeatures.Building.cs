namespace CrmSync.Core.Dedupe.Normalisation;

internal sealed partial class RecordFeatures
{
    /// <summary>Builds the columns of many records, interning each pool on its own thread.</summary>
    public static RecordFeatures Build(IReadOnlyList<string> ids, NormalisedFields[] fields, int parallelism)
    {
        var features = new RecordFeatures(fields.Length);
        var count = fields.Length;
        for (var i = 0; i < count; i++)
        {
            features.SetScalars(i, ids[i], fields[i]);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.ForEach(PoolGroups, options, group =>
        {
            var pool = features._poolOfColumn[(int)group[0]];
            for (var i = 0; i < count; i++)
            {
                foreach (var column in group)
                {
                    features._columns[(int)column][i] = pool.Intern(Value(fields[i], column));
                }
            }
        });

        features.Count = count;
        return features;
    }

    /// <summary>Appends one record (the incremental index's path); not thread-safe.</summary>
    public int Add(string id, in NormalisedFields fields)
    {
        EnsureCapacity(Count + 1);
        var index = Count;
        SetScalars(index, id, fields);
        foreach (var column in AllColumns)
        {
            _columns[(int)column][index] = _poolOfColumn[(int)column].Intern(Value(fields, column));
        }

        Count++;
        return index;
    }

    /// <summary>Overwrites a record in place (an update seen by the incremental index); not thread-safe.</summary>
    public void Replace(int index, string id, in NormalisedFields fields)
    {
        SetScalars(index, id, fields);
        foreach (var column in AllColumns)
        {
            _columns[(int)column][index] = _poolOfColumn[(int)column].Intern(Value(fields, column));
        }
    }

    private void SetScalars(int index, string id, in NormalisedFields fields)
    {
        Ids[index] = id;
        FirstNameGroup[index] = fields.FirstNameGroup;
        DateOfBirthDay[index] = fields.DateOfBirthDay;
        EmailFlags[index] = fields.EmailFlags;
        CreatedAt[index] = fields.CreatedAt;
        LastActivityAt[index] = fields.LastActivityAt;
        Completeness[index] = fields.Completeness;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= Ids.Length)
        {
            return;
        }

        var capacity = Math.Max(needed, Ids.Length * 2);
        for (var c = 0; c < _columns.Length; c++)
        {
            Array.Resize(ref _columns[c], capacity);
        }

        var ids = Ids;
        Array.Resize(ref ids, capacity);
        Ids = ids;
        FirstNameGroup = Resized(FirstNameGroup, capacity);
        DateOfBirthDay = Resized(DateOfBirthDay, capacity);
        EmailFlags = Resized(EmailFlags, capacity);
        CreatedAt = Resized(CreatedAt, capacity);
        LastActivityAt = Resized(LastActivityAt, capacity);
        Completeness = Resized(Completeness, capacity);
    }

    private static T[] Resized<T>(T[] array, int capacity)
    {
        Array.Resize(ref array, capacity);
        return array;
    }
}
