using System.Text.Json;
using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>
/// Issue 13 point 6 on the CrmSync page: per owner and alert type, what the run created, what waits in the budget,
/// what is in digests, as the store's alert state says (<c>GET /api/connectors/{name}/alert-budget</c> and the page).
/// </summary>
[Collection(HostCollection.Name)]
public class AlertBudgetSectionEndToEndTests
{
    private const string Alerts = $"CrmSync:Connectors:{DemoSession.Connector}:Alerts";
    private const int PerOwnerPerDay = 3;

    [Fact]
    public async Task PerOwnerAndType_CreatedWaitingAndDigested_MatchTheStoresAlertState()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 21 }, 0, null, ct, new Dictionary<string, string?>
        {
            [$"{Alerts}:Budget:MaxNewTasksPerOwnerPerDay"] = $"{PerOwnerPerDay}",
            [$"{Alerts}:Digest:Types:duplicate_group"] = "Daily",
            [$"CrmSync:Connectors:{DemoSession.Connector}:Schedules:pipeline:Enabled"] = "false",
        });
        var run = await demo.RunPipelineAsync(ct);
        Assert.Equal(RunStatus.Succeeded, run.Status);
        var states = (await demo.App.Services.GetRequiredService<IRecordStore>().GetAlertsAsync(DemoSession.Connector, ct))
            .Where(s => s.AlertType != DigestKeys.AlertType).ToList();

        using var http = new HttpClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync($"{demo.BaseAddress}/api/connectors/{DemoSession.Connector}/alert-budget", ct));
        var rows = json.RootElement.EnumerateArray().ToList();

        // Each row is the store's state of its owner and type; the rows cover every held or created alert.
        foreach (var row in rows)
        {
            var (owner, type) = (row.GetProperty("owner").GetString()!, row.GetProperty("alertType").GetString()!);
            var mine = states.Where(s => DigestKeys.OwnerPart(s.OwnerId) == owner && s.AlertType == type).ToList();
            Assert.Equal(mine.Count(s => s.Status == AlertStatus.Deferred), row.GetProperty("waiting").GetInt32());
            Assert.Equal(mine.Count(s => s.Status == AlertStatus.Digested), row.GetProperty("inDigest").GetInt32());
            Assert.Equal(mine.Count(s => s.Status == AlertStatus.Backlog), row.GetProperty("backlog").GetInt32());
            Assert.Equal(mine.Count(s => s.Status == AlertStatus.Open && s.TaskId is not null), row.GetProperty("createdToday").GetInt32());
        }

        Assert.Equal(states.Count(s => s.Status is AlertStatus.Open or AlertStatus.Deferred or AlertStatus.Digested or AlertStatus.Backlog),
            rows.Sum(r => r.GetProperty("createdToday").GetInt32() + r.GetProperty("waiting").GetInt32() + r.GetProperty("inDigest").GetInt32() + r.GetProperty("backlog").GetInt32()));
        // The run's own figures: created within the owners' budget, the rest deferred, duplicates in digests.
        Assert.Equal(run.Counts[CounterNames.AlertsCreated], rows.Sum(r => r.GetProperty("createdLastRun").GetInt32()));
        Assert.Equal(run.Counts[CounterNames.AlertsDeferredByBudget], rows.Sum(r => r.GetProperty("deferredLastRun").GetInt32()));
        Assert.All(rows.GroupBy(r => r.GetProperty("owner").GetString()), g => Assert.True(g.Sum(r => r.GetProperty("createdLastRun").GetInt32()) <= PerOwnerPerDay));
        Assert.Contains(rows, r => r.GetProperty("waiting").GetInt32() > 0);
        Assert.Contains(rows, r => r.GetProperty("alertType").GetString() == "duplicate_group" && r.GetProperty("inDigest").GetInt32() > 0);

        var page = await http.GetStringAsync($"{demo.DashboardUrl}/crmsync", ct);
        Assert.Contains("data-chart=\"alert-budget\"><svg", page, StringComparison.Ordinal);
        Assert.Contains($"at most 10,000 new tasks per run, {PerOwnerPerDay} per owner per day", page, StringComparison.Ordinal);
        var first = rows[0];
        Assert.Contains(
            $"<td>{first.GetProperty("alertType").GetString()}</td><td>{first.GetProperty("createdLastRun").GetInt32()}</td><td>{first.GetProperty("deferredLastRun").GetInt32()}</td>"
            + $"<td>{first.GetProperty("createdToday").GetInt32()}</td><td>{first.GetProperty("waiting").GetInt32()}</td><td>{first.GetProperty("backlog").GetInt32()}</td><td>{first.GetProperty("inDigest").GetInt32()}</td>",
            page, StringComparison.Ordinal);
    }
}
