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
        Parallel.For(0, PoolGroups.Length + NumericColumns.Length, options, g =>
        {
            if (g >= PoolGroups.Length)
            {
                var column = NumericColumns[g - PoolGroups.Length];
                var (slot, numbers) = (FeatureRows.Offset(column), _numericPools[g - PoolGroups.Length]);
                for (var i = 0; i < count; i++)
                {
                    _rows[((start + i) * FeatureRows.Width) + slot] = numbers.Intern(NumericValue(chunk[i], column));
                }

                return;
            }

            var pool = _poolOfColumn[(int)PoolGroups[g][0]];
            foreach (var column in PoolGroups[g])
            {
                var slot = FeatureRows.Offset(column);
                for (var i = 0; i < count; i++)
                {
                    _rows[((start + i) * FeatureRows.Width) + slot] = pool.Intern(Value(chunk[i], column));
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
        InternOne(index, fields);

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
        InternOne(index, fields);
    }

    private void InternOne(int index, in NormalisedFields fields)
    {
        foreach (var column in AllColumns)
        {
            _rows[(index * FeatureRows.Width) + FeatureRows.Offset(column)] = NumericIndex(column) is var n and >= 0
                ? _numericPools[n].Intern(NumericValue(fields, column))
                : _poolOfColumn[(int)column].Intern(Value(fields, column));
        }
    }

    private void SetScalars(int index, string id, in NormalisedFields fields)
    {
        Ids[index] = id;
        var row = index * FeatureRows.Width;
        _rows[row + FeatureRows.FirstNameGroup] = fields.FirstNameGroup;
        _rows[row + FeatureRows.DateOfBirthDay] = fields.DateOfBirthDay;
        _rows[row + FeatureRows.EmailFlags] = (int)fields.EmailFlags;
        _rows[row + FeatureRows.PhoneTail] = fields.PhoneTail;
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
        Array.Resize(ref _rows, capacity * FeatureRows.Width);

        var ids = Ids;
        Array.Resize(ref ids, capacity);
        Ids = ids;
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
