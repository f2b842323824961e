using System.Text.Json;
using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>Typed access to the small JSON documents a connector keeps in the store between jobs.</summary>
public sealed class ConnectorDocuments(IRecordStore store)
{
    private const string EvaluatedAlertTypesKey = "alerts:evaluated-types";
    private const string AlertBudgetKey = "alerts:budget";
    private const string ApiBudgetKey = "api:budget";

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

    /// <summary>
    /// Of <paramref name="evaluated"/>, the alert types this connector evaluates for the first time: never recorded as
    /// evaluated and with no stored alert (a connector upgraded from before budgets has states, so is not new).
    /// </summary>
    public async Task<IReadOnlySet<string>> GetFirstEvaluationsAsync(
        string connector, IReadOnlySet<string> evaluated, IReadOnlyList<Core.Alerts.AlertState> states, CancellationToken ct)
    {
        var known = (await GetListAsync<string>(connector, EvaluatedAlertTypesKey, ct)).Concat(states.Select(s => s.AlertType)).ToHashSet(StringComparer.Ordinal);
        return evaluated.Where(t => !known.Contains(t)).ToHashSet(StringComparer.Ordinal);
    }

    public async Task SetEvaluatedAlertTypesAsync(string connector, IReadOnlySet<string> evaluated, CancellationToken ct)
    {
        var known = await GetListAsync<string>(connector, EvaluatedAlertTypesKey, ct);
        if (!evaluated.All(known.Contains))
            await SetAsync(connector, EvaluatedAlertTypesKey, known.Union(evaluated).Order(StringComparer.Ordinal).ToList(), ct);
    }

    /// <summary>The last run's alerts per owner and type (created, deferred, snoozed, backlog, in digest), for the dashboard.</summary>
    public Task<IReadOnlyList<Core.Alerts.Budgets.AlertBudgetLine>> GetAlertBudgetAsync(string connector, CancellationToken ct) =>
        GetListAsync<Core.Alerts.Budgets.AlertBudgetLine>(connector, AlertBudgetKey, ct);

    public Task SetAlertBudgetAsync(string connector, IReadOnlyList<Core.Alerts.Budgets.AlertBudgetLine> lines, CancellationToken ct) =>
        SetAsync(connector, AlertBudgetKey, lines, ct);

    /// <summary>The connector's API allocation as last seen at the end of a run (connector health), or null before any.</summary>
    public async Task<Core.Connectors.ApiBudgetReading?> GetApiBudgetAsync(string connector, CancellationToken ct)
    {
        var json = await store.GetDocumentAsync(connector, ApiBudgetKey, ct);
        return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Core.Connectors.ApiBudgetReading>(json, Json);
    }

    public Task SetApiBudgetAsync(string connector, Core.Connectors.ApiBudgetReading reading, CancellationToken ct) =>
        SetAsync(connector, ApiBudgetKey, reading, ct);

    private async Task<IReadOnlyList<T>> GetListAsync<T>(string connector, string key, CancellationToken ct)
    {
        var json = await store.GetDocumentAsync(connector, key, ct);
        return string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
    }

    private Task SetAsync<T>(string connector, string key, T value, CancellationToken ct) =>
        store.SetDocumentAsync(connector, key, JsonSerializer.Serialize(value, Json), ct);
}
