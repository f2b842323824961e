namespace CrmSync.Core.Dedupe.Normalisation;

internal sealed partial class RecordFeatures
{
    /// <summary>Builds the columns of many records, interning each pool on its own thread.</summary>
    public static RecordFeatures Build(IReadOnlyList<string> ids, NormalisedFields[] fields, int parallelism)
    {
        var features = new RecordFeatures(fields.Length);
        features.AppendChunk(ids, fields, fields.Length, parallelism);
        return features;
    }

    /// <summary>
    /// Appends the first <paramref name="count"/> normalised records of a chunk (ids indexed from the current
    /// count), interning each pool on its own thread. Chunks keep the strings of only a slice of the records alive.
    /// </summary>
    public void AppendChunk(IReadOnlyList<string> ids, NormalisedFields[] chunk, int count, int parallelism)
    {
        var start = Count;
        EnsureCapacity(start + count);
        for (var i = 0; i < count; i++)
        {
            SetScalars(start + i, ids[start + i], chunk[i]);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.ForEach(PoolGroups, options, group =>
        {
            var pool = _poolOfColumn[(int)group[0]];
            foreach (var column in group)
            {
                var values = _columns[(int)column];
                for (var i = 0; i < count; i++)
                {
                    values[start + i] = pool.Intern(Value(chunk[i], column));
                }
            }
        });

        Count = start + count;
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

    /// <summary>
    /// Writes a record into the slot just past the last one without counting it: the incremental index scores a
    /// probe there against stored records. Not thread-safe.
    /// </summary>
    public int SetScratch(string id, in NormalisedFields fields)
    {
        EnsureCapacity(Count + 1);
        Replace(Count, id, fields);
        return Count;
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
        PhoneTail[index] = fields.PhoneTail;
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
        PhoneTail = Resized(PhoneTail, capacity);
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
