using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Dashboard.Health;

/// <summary>
/// Reads <see cref="ConnectorHealth"/> from the store: run history for the last success and failure, and the API
/// budget the job runner recorded after the connector's last run (<see cref="ConnectorDocuments.GetApiBudgetAsync"/>).
/// </summary>
public sealed class ConnectorHealthReader(IRecordStore store, ConnectorDocuments documents, ConnectorSettingsProvider connectors)
{
    /// <summary>How far back run history is read for the last success and failure.</summary>
    public const int RunsToRead = 200;

    /// <summary>A run that did not do its work (a skipped run did nothing wrong, a cancelled one was stopped on purpose).</summary>
    public static bool IsFailure(RunStatus status) =>
        status is RunStatus.Failed or RunStatus.PartiallyFailed or RunStatus.BudgetExhausted or RunStatus.Abandoned;

    public async Task<IReadOnlyList<ConnectorHealth>> ReadAllAsync(CancellationToken ct)
    {
        var all = new List<ConnectorHealth>();
        foreach (var name in connectors.Names)
            all.Add(await ReadAsync(name, ct));
        return all;
    }

    public async Task<ConnectorHealth> ReadAsync(string connector, CancellationToken ct)
    {
        var runs = await store.ListRunsAsync(connector, RunsToRead, ct);
        var success = runs.FirstOrDefault(r => r.Status == RunStatus.Succeeded);
        var failure = runs.FirstOrDefault(r => IsFailure(r.Status));
        return new ConnectorHealth(
            connector,
            success is null ? null : Outcome(success, null),
            failure is null ? null : Outcome(failure, await WhyAsync(failure, ct)),
            await documents.GetApiBudgetAsync(connector, ct),
            runs.Count);
    }

    private static RunOutcome Outcome(RunRecord run, string? why) => new(run.Id, run.Job, run.Status, run.FinishedAt ?? run.StartedAt, why);

    /// <summary>The run's message, else its first record error (a partly failed run may carry only those).</summary>
    private async Task<string> WhyAsync(RunRecord run, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(run.Message))
            return run.Message;
        if (run.ErrorCount == 0)
            return run.Status.ToString();
        var first = (await store.GetRunErrorsAsync(run.Id, ct)).FirstOrDefault();
        return first is null
            ? $"{run.ErrorCount} record errors"
            : $"{run.ErrorCount} record errors, first: {first.ObjectType} {first.RecordId}: {first.Code} {first.Message}";
    }
}
