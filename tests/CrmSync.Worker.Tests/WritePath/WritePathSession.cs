using CrmSync.Core.Alerts;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.WritePath;

/// <summary>A demo session (sandbox CRM, SQLite store) driven job by job, with what the write-path tests check.</summary>
internal sealed class WritePathSession(DemoSession demo) : IAsyncDisposable
{
    public const string AlertKeyProperty = "crmsync_alert_key";
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.Connector}";

    public SandboxState Crm => demo.Sandbox.State;

    public IRecordStore Store => demo.App.Services.GetRequiredService<IRecordStore>();

    /// <param name="searchIndexLag">The connector's IndexLag (how long an unconfirmed create waits before its lookup).</param>
    public static async Task<WritePathSession> StartAsync(
        SandboxOptions sandbox, string searchIndexLag, CancellationToken ct, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { [$"{Prefix}:IndexLag"] = searchIndexLag };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key.StartsWith(':') ? Prefix + key : key] = value;
        return new WritePathSession(await DemoSession.StartAsync(sandbox, 0, null, ct, all));
    }

    /// <summary>One job in the foreground; a failed or cancelled run returns its summary instead of throwing.</summary>
    public async Task<JobRunSummary> RunAsync(string job, CancellationToken ct)
    {
        try
        {
            return await demo.App.Services.GetRequiredService<ConnectorJobRunner>().RunAsync(DemoSession.Connector, job, false, null, ct);
        }
        catch (JobFailedException e)
        {
            return e.Summary;
        }
    }

    public Task<JobRunSummary> DryRunAsync(string job, CancellationToken ct) =>
        demo.App.Services.GetRequiredService<ConnectorJobRunner>().RunAsync(DemoSession.Connector, job, dryRun: true, null, ct);

    /// <summary>Deletes (archives) a record as a CRM user would, through the API.</summary>
    public async Task DeleteInCrmAsync(string objectType, string id, CancellationToken ct)
    {
        using var http = EndToEnd.SandboxClient.Create(demo.Sandbox);
        (await http.DeleteAsync($"/crm/v3/objects/{objectType}/{id}", ct)).EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<AlertState>> AlertsAsync(CancellationToken ct) => await Store.GetAlertsAsync(DemoSession.Connector, ct);

    /// <summary>Every open alert has exactly one task in the CRM, carrying its key; no task without an alert; nothing pending.</summary>
    public async Task AssertOneTaskPerOpenAlertAsync(CancellationToken ct)
    {
        var tasks = Crm.ListTasks();
        var byKey = tasks.GroupBy(t => t.Properties.GetValueOrDefault(AlertKeyProperty) ?? "").ToList();
        Assert.All(byKey, g => Assert.True(g.Count() == 1, $"alert {g.Key} has {g.Count()} tasks: {string.Join(", ", g.Select(t => t.Id))}"));
        var alerts = await AlertsAsync(ct);
        Assert.DoesNotContain(alerts, a => a.Status == AlertStatus.Pending);
        var open = alerts.Where(a => a.Status == AlertStatus.Open).ToDictionary(a => a.Key, a => a.TaskId);
        Assert.Equal(open.Keys.Order(StringComparer.Ordinal), byKey.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.All(byKey, g => Assert.Equal(g.Single().Id, open[g.Key]));
    }

    public ValueTask DisposeAsync() => demo.DisposeAsync();
}
