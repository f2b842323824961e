using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// Collects a generated population's records: every entity is written once, and extra copies are planted so that
/// 20 % of all records are duplicates (0.25 extra copies per entity: one for 19 %, two for 3 %), each copy passed
/// through a corruptor. The records are shuffled at the end, so ids say nothing about who is who.
/// </summary>
internal sealed class PlantedRecords(string idPrefix, int count, Random random)
{
    private readonly List<DedupeRecord> _records = new(count);
    private readonly Dictionary<string, string> _entityOf = new(count);

    public bool IsFull => _records.Count >= count;

    public void Add(string entity, Func<RoleValues> write, Func<RoleValues, RoleValues> corrupt)
    {
        var copies = 1 + random.NextDouble() switch { < 0.03 => 2, < 0.22 => 1, _ => 0 };
        for (var copy = 0; copy < copies && !IsFull; copy++)
        {
            var id = $"{idPrefix}{_records.Count:D7}";
            _records.Add(new DedupeRecord(id, copy == 0 ? write() : corrupt(write())));
            _entityOf[id] = entity;
        }
    }

    public LabelledDataset Finish(string name, RecordKind kind)
    {
        for (var i = _records.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (_records[i], _records[j]) = (_records[j], _records[i]);
        }

        return new LabelledDataset(name, kind, _records, _entityOf);
    }
}
