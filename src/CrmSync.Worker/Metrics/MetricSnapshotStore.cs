using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSync.Storage;

namespace CrmSync.Worker.Metrics;

/// <summary>
/// The period snapshots of each run, kept in the record store (SQLite or PostgreSQL) as the connector's
/// <c>metrics:snapshots</c> document: one entry per snapshot key (<c>month:2026-05</c>, <c>quarter-to-date:2026-Q2</c>,
/// <c>trailing-12-months:2026-05</c>), each the JSON of <c>GET /api/metrics</c> for that period. A later run replaces
/// the entries of its own periods only, so last month's final figures and every earlier month stay: trends survive.
/// </summary>
public sealed class MetricSnapshotStore(IRecordStore store)
{
    public const string DocumentKey = "metrics:snapshots";

    /// <summary>Every stored snapshot by key (period JSON as <c>GET /api/metrics</c> returns it).</summary>
    public async Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(string connector, CancellationToken ct)
    {
        var json = await store.GetDocumentAsync(connector, DocumentKey, ct);
        var result = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonObject root)
            return result;
        foreach (var (key, value) in root)
        {
            if (value is JsonObject snapshot)
                result[key] = snapshot;
        }

        return result;
    }

    /// <summary>Adds or replaces the given snapshots (key → the period's metrics JSON), keeping the others.</summary>
    public async Task SaveAsync(string connector, IReadOnlyDictionary<string, string> snapshots, CancellationToken ct)
    {
        var root = new JsonObject();
        foreach (var (key, value) in await ReadAsync(connector, ct))
            root[key] = value.DeepClone();
        foreach (var (key, json) in snapshots)
            root[key] = JsonNode.Parse(json);
        await store.SetDocumentAsync(connector, DocumentKey, root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }), ct);
    }
}
