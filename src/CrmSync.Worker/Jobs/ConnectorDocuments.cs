using System.Text.Json;
using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>Typed access to the small JSON documents a connector keeps in the store between jobs.</summary>
public sealed class ConnectorDocuments(IRecordStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<IReadOnlyList<CrmOwner>> GetOwnersAsync(string connector, CancellationToken ct) =>
        GetListAsync<CrmOwner>(connector, "owners", ct);

    public Task SetOwnersAsync(string connector, IReadOnlyList<CrmOwner> owners, CancellationToken ct) =>
        SetAsync(connector, "owners", owners, ct);

    public Task<IReadOnlyList<CrmPipeline>> GetPipelinesAsync(string connector, string objectType, CancellationToken ct) =>
        GetListAsync<CrmPipeline>(connector, $"pipelines:{objectType}", ct);

    public Task SetPipelinesAsync(string connector, string objectType, IReadOnlyList<CrmPipeline> pipelines, CancellationToken ct) =>
        SetAsync(connector, $"pipelines:{objectType}", pipelines, ct);

    /// <summary>The last analysis of one set of analyzers (<see cref="Analysis.AnalyzerSet.DocumentKey"/>): what a writeback job sends.</summary>
    public async Task<AnalyzerResult?> GetAnalysisAsync(string connector, string key, CancellationToken ct)
    {
        var json = await store.GetDocumentAsync(connector, key, ct);
        return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<AnalyzerResult>(json, Json);
    }

    public Task SetAnalysisAsync(string connector, string key, AnalyzerResult result, CancellationToken ct) =>
        SetAsync(connector, key, result, ct);

    public async Task<DateTimeOffset?> GetLastFullPullAsync(string connector, string objectType, CancellationToken ct)
    {
        var json = await store.GetDocumentAsync(connector, $"last-full-pull:{objectType}", ct);
        return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<DateTimeOffset>(json, Json);
    }

    public Task SetLastFullPullAsync(string connector, string objectType, DateTimeOffset at, CancellationToken ct) =>
        SetAsync(connector, $"last-full-pull:{objectType}", at, ct);

    private async Task<IReadOnlyList<T>> GetListAsync<T>(string connector, string key, CancellationToken ct)
    {
        var json = await store.GetDocumentAsync(connector, key, ct);
        return string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
    }

    private Task SetAsync<T>(string connector, string key, T value, CancellationToken ct) =>
        store.SetDocumentAsync(connector, key, JsonSerializer.Serialize(value, Json), ct);
}
