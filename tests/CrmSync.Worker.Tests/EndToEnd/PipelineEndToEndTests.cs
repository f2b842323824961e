using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

[Collection(HostCollection.Name)]
public class PipelineEndToEndTests
{
    [Fact]
    public async Task Pipeline_AgainstSandbox_WritesComputedPropertiesAndAlertsThenNothingOnTheSecondRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 7 }, 0, null, ct);

        var first = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.Equal(1_000, first.Counts[CounterNames.Pulled("contacts")]);
        Assert.True(first.Counts[CounterNames.ValuesWritten] > 0);
        Assert.True(first.Counts[CounterNames.AlertsCreated] > 0);
        Assert.Equal(0, first.Counts.GetValueOrDefault(CounterNames.RateLimited));

        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var written = await store.GetWrittenAsync(DemoSession.Connector, "deals", ct);
        // Closed deals get metrics values too (cycle_days), but days_in_stage only on open ones.
        var (dealId, state) = written.First(w => w.Value.Values.ContainsKey("days_in_stage"));
        // Stored under the canonical key; in the CRM under HubSpot's name for it.
        var days = state.Values["days_in_stage"];
        Assert.Equal(days, demo.Sandbox.State.GetPropertyValue("deals", dealId, "crmsync_days_in_stage"));
        var contacts = await store.GetWrittenAsync(DemoSession.Connector, "contacts", ct);
        var (contactId, contact) = contacts.First(c => c.Value.Values.ContainsKey("last_activity_days"));
        Assert.Equal(contact.Values["last_activity_days"], demo.Sandbox.State.GetPropertyValue("contacts", contactId, "crmsync_last_activity_days"));
        var stored = await store.GetRecordAsync(DemoSession.Connector, "deals", dealId, ct);
        Assert.False(string.IsNullOrEmpty(stored!.Get("stage")));
        Assert.DoesNotContain(stored.Properties.Keys, k => k.StartsWith("hs_", StringComparison.Ordinal) || k == "dealstage");

        var tasks = demo.Sandbox.State.ListTasks();
        Assert.Equal(first.Counts[CounterNames.AlertsCreated], tasks.Count);

        var second = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.WriteCalls));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(tasks.Count, demo.Sandbox.State.ListTasks().Count);
    }

    [Fact]
    public async Task Demo_Dashboard_AnswersOnThePrintedUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000 }, 0, null, ct);
        using var http = new HttpClient();

        var dashboard = await http.GetAsync(demo.DashboardUrl, ct);
        var health = await http.GetAsync($"{demo.BaseAddress}/healthz", ct);
        var ready = await http.GetAsync($"{demo.BaseAddress}/ready", ct);

        Assert.True(dashboard.IsSuccessStatusCode, $"dashboard answered {(int)dashboard.StatusCode}");
        Assert.Contains("CrmSync", await dashboard.Content.ReadAsStringAsync(ct));
        Assert.True(health.IsSuccessStatusCode);
        Assert.True(ready.IsSuccessStatusCode);
    }
}
