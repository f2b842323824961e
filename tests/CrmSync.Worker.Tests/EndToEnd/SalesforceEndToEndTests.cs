using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>The Salesforce connector through the whole Worker: the demo against the fake org, both CRMs side by side, secrets.</summary>
[Collection(HostCollection.Name)]
public class SalesforceEndToEndTests
{
    [Fact]
    public async Task Pipeline_AgainstTheFakeOrg_WritesValuesAndTasksThenNothingOnTheSecondRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 7 }, 0, null, ct, crm: DemoCrm.Salesforce);
        var org = demo.SalesforceOrg!.State;

        var first = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.True(first.Counts[CounterNames.ValuesWritten] > 0);
        Assert.True(first.Counts[CounterNames.AlertsCreated] > 0);
        Assert.Equal(500, first.Counts[CounterNames.Pulled("leads")]);
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        // Closed deals get metrics values too (cycle_days), but days_in_stage only on open ones.
        var (dealId, state) = (await store.GetWrittenAsync(DemoSession.SalesforceConnector, "deals", ct)).First(w => w.Value.Values.ContainsKey("days_in_stage"));
        Assert.Equal(double.Parse(state.Values["days_in_stage"]!, System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(org.GetRecord(dealId)!["CrmSync_Days_In_Stage__c"], System.Globalization.CultureInfo.InvariantCulture));
        var tasks = org.Query("SELECT Id FROM Task WHERE CrmSync_Alert_Key__c != null");
        Assert.Equal(first.Counts[CounterNames.AlertsCreated], tasks.Count);

        var second = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(tasks.Count, org.Query("SELECT Id FROM Task WHERE CrmSync_Alert_Key__c != null").Count);
    }

    [Fact]
    public async Task BothCrms_InOneHost_RunTheirSchedulesAtOnceWithoutInterfering()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 7 }, 0, null, ct, crm: DemoCrm.Both);
        var recurring = demo.App.Services.GetRequiredService<IRecurringJobManager>();

        recurring.Trigger($"{DemoSession.Connector}:pipeline");
        recurring.Trigger($"{DemoSession.SalesforceConnector}:pipeline");
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var runs = new Dictionary<string, RunRecord>();
        while (runs.Count < 2)
        {
            await Task.Delay(200, ct);
            foreach (var connector in demo.Connectors)
            {
                if ((await store.ListRunsAsync(connector, 5, ct)).FirstOrDefault(r => r.Status != RunStatus.Running) is { } done)
                    runs[connector] = done;
            }
        }

        Assert.All(runs.Values, r => Assert.Equal(RunStatus.Succeeded, r.Status));
        Assert.Equal(demo.Sandbox.State.ListTasks().Count, runs[DemoSession.Connector].Counts[CounterNames.AlertsCreated]);
        Assert.Equal(demo.SalesforceOrg!.State.Query("SELECT Id FROM Task WHERE CrmSync_Alert_Key__c != null").Count,
            runs[DemoSession.SalesforceConnector].Counts[CounterNames.AlertsCreated]);
        Assert.False(runs[DemoSession.Connector].Counts.ContainsKey(CounterNames.Pulled("leads")));
        Assert.True(runs[DemoSession.SalesforceConnector].Counts[CounterNames.Pulled("leads")] > 0);
        var hubSpotContact = await store.ReadRecordsAsync(DemoSession.Connector, "contacts", false, ct).FirstAsync(ct);
        Assert.Null(await store.GetRecordAsync(DemoSession.SalesforceConnector, "contacts", hubSpotContact.Id, ct));
    }

    [Fact]
    public async Task Pipeline_ClientSecretNeverReachesLogsRunHistoryJobArgumentsOrTheDashboard()
    {
        const string Secret = "sf-5ecret-0f-the-test";
        var ct = TestContext.Current.CancellationToken;
        var logs = new CapturingLoggerProvider();
        await using var org = await Sandbox.Salesforce.SalesforceOrgHost.StartAsync(new() { Records = 500, ClientSecret = Secret }, ct);
        var settings = new Dictionary<string, string?>(SalesforceDemoSettings.For("secret_sf", org)) { ["Logging:LogLevel:Default"] = "Trace", ["CrmSync:Connectors:secret_sf:MaxRetryAttempts"] = "0" };
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 200 }, 0, null, ct, settings, services => services.AddSingleton<ILoggerProvider>(logs));

        var run = await demo.RunPipelineAsync("secret_sf", ct);
        await org.StopAsync();
        var failed = await demo.RunPipelineAsync("secret_sf", ct);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Secret, StringComparison.Ordinal) || line.Contains("00D", StringComparison.Ordinal) && line.Contains("!AQ", StringComparison.Ordinal));
        var runs = await demo.App.Services.GetRequiredService<IRecordStore>().ListRunsAsync("secret_sf", 10, ct);
        Assert.DoesNotContain(runs, r => (r.Message ?? "").Contains(Secret, StringComparison.Ordinal));
        using (var connection = demo.App.Services.GetRequiredService<JobStorage>().GetConnection())
            Assert.DoesNotContain(connection.GetJobData(run.HangfireJobId!)!.Job.Args, a => a?.ToString()?.Contains(Secret, StringComparison.Ordinal) == true);
        using var http = new HttpClient();
        foreach (var page in new[] { "/hangfire/jobs/failed", $"/hangfire/jobs/details/{failed.HangfireJobId}", "/runs" })
            Assert.DoesNotContain(Secret, await http.GetStringAsync($"{demo.BaseAddress}{page}", ct), StringComparison.Ordinal);
    }
}
