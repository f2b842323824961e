using CrmSync.Core.Records;
using CrmSync.Storage.Json;

namespace CrmSync.Storage;

/// <summary>Row ⇄ record mapping and checks shared by both stores.</summary>
internal static class StoredRecords
{
    public static CrmRecord FromRow(
        string connector,
        string objectType,
        string id,
        string propertiesJson,
        string? associationsJson,
        string? historyJson,
        DateTimeOffset createdAt,
        DateTimeOffset updatedAt,
        bool archived)
    {
        var what = $"record {connector}/{objectType}/{id}";
        return new CrmRecord(objectType, id, StorageJson.DeserializeValues(propertiesJson, what), createdAt, updatedAt, archived)
        {
            Associations = StorageJson.DeserializeAssociations(associationsJson, what),
            History = StorageJson.DeserializeHistory(historyJson, what),
        };
    }

    /// <summary>
    /// Checks the arguments and each record, scrubs NUL characters, and keeps the last record per (type, id) in batch order:
    /// a page may repeat a record, and a single PostgreSQL upsert statement cannot touch the same row twice.
    /// </summary>
    public static IReadOnlyList<CrmRecord> PrepareBatch(string connector, IReadOnlyList<CrmRecord> records)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        ArgumentNullException.ThrowIfNull(records);
        var positions = new Dictionary<(string ObjectType, string Id), int>(records.Count);
        var result = new List<CrmRecord>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i] ?? throw new ArgumentException($"Record at index {i} for connector '{connector}' is null.", nameof(records));
            Validate(connector, record, i);
            record = NulCharacters.Scrub(record);
            if (positions.TryGetValue((record.ObjectType, record.Id), out var position))
            {
                result[position] = record;
            }
            else
            {
                positions.Add((record.ObjectType, record.Id), result.Count);
                result.Add(record);
            }
        }

        return result;
    }

    private static void Validate(string connector, CrmRecord record, int index)
    {
        if (string.IsNullOrEmpty(record.ObjectType))
        {
            throw new ArgumentException($"Record '{record.Id}' at index {index} for connector '{connector}' has no object type.", "records");
        }

        if (string.IsNullOrEmpty(record.Id))
        {
            throw new ArgumentException($"A {record.ObjectType} record at index {index} for connector '{connector}' has no id.", "records");
        }

        if (NulCharacters.Contains(record.Id) || NulCharacters.Contains(record.ObjectType))
        {
            throw new ArgumentException(
                $"The {record.ObjectType} record at index {index} for connector '{connector}' has a NUL character in its id or type.", "records");
        }
    }
}
