using System.Net.Http.Json;
using System.Text.Json;
using CrmSync.Core.Records;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// What changes in HubSpot between two daily reconciles without any modified date saying so, seen by incremental syncs
/// against the sandbox on a shared fake clock: merges (the survivor lists the merged ids) and association moves.
/// </summary>
[Collection(HostCollection.Name)]
public class CrmDriftTests
{
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.Connector}";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));

    private Task<DemoSession> StartAsync(CancellationToken ct) =>
        DemoSession.StartAsync(new SandboxOptions { Records = 200, Seed = 3, TimeProvider = _clock }, 0, null, ct,
            new Dictionary<string, string?> { [$"{Prefix}:Objects:0"] = "contacts", [$"{Prefix}:Schedules:pipeline:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(_clock).AddAnalyzer<CompanyLinkProbe, CompanyLinkProbeOptions>());

    [Fact]
    public async Task IncrementalSync_ContactMovedToAnotherCompany_IsSeenOnceTheRefreshIntervalHasPassed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await StartAsync(ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        await runner.RunAsync(DemoSession.Connector, JobNames.Sync, false, null, ct);
        var contact = (await store.GetRecordAsync(DemoSession.Connector, "contacts", "1005", ct))!;
        var from = Assert.Single(contact.Associations[CrmObjectTypes.Companies]);
        var to = demo.Sandbox.State.GetAssociations("contacts", "1006", "companies").Select(a => a.Id).First(id => id != from);

        _clock.Advance(TimeSpan.FromMinutes(30));
        await MoveAsync(demo.Sandbox, "1005", from, to, ct);
        _clock.Advance(TimeSpan.FromMinutes(20));
        var early = await runner.RunAsync(DemoSession.Connector, JobNames.Sync, false, null, ct);
        var before = (await store.GetRecordAsync(DemoSession.Connector, "contacts", "1005", ct))!;
        _clock.Advance(TimeSpan.FromMinutes(11));
        var late = await runner.RunAsync(DemoSession.Connector, JobNames.Sync, false, null, ct);
        var after = (await store.GetRecordAsync(DemoSession.Connector, "contacts", "1005", ct))!;

        // The move changed no modified date: the search window cannot see it, only the refresh an hour after the last one.
        Assert.Equal(0, early.Counts[CounterNames.Pulled("contacts")]);
        Assert.Equal([from], before.Associations[CrmObjectTypes.Companies]);
        Assert.Equal(RunStatus.Succeeded, late.Status);
        Assert.Equal([to], after.Associations[CrmObjectTypes.Companies]);
        Assert.Equal(1, late.Counts[CounterNames.AssociationsRefreshed("contacts")]);
        Assert.Equal(contact.Properties, after.Properties);
    }

    [Fact]
    public async Task IncrementalSync_ContactsMergedInTheCrm_ArchivesTheMergedAwayIdBeforeTheNextReconcile()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await StartAsync(ct);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        await runner.RunAsync(DemoSession.Connector, JobNames.Sync, false, null, ct);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var survivor = await MergeAsync(demo.Sandbox, primary: "1010", merged: "1011", ct);
        _clock.Advance(TimeSpan.FromMinutes(40));
        var sync = await runner.RunAsync(DemoSession.Connector, JobNames.Sync, false, null, ct);

        Assert.Equal(RunStatus.Succeeded, sync.Status);
        Assert.True((await store.GetRecordAsync(DemoSession.Connector, "contacts", "1011", ct))!.Archived);
        Assert.False((await store.GetRecordAsync(DemoSession.Connector, "contacts", survivor, ct))!.Archived);
        Assert.Equal(survivor == "1010" ? 1 : 2, sync.Counts[CounterNames.Archived("contacts")]);
        // Incremental: one changed contact pulled (the survivor), not the 200 of a reconcile.
        Assert.Equal(1, sync.Counts[CounterNames.Pulled("contacts")]);
    }

    private static async Task MoveAsync(SandboxHost sandbox, string contact, string from, string to, CancellationToken ct)
    {
        using var http = SandboxClient.Create(sandbox);
        (await http.DeleteAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{from}", ct)).EnsureSuccessStatusCode();
        (await http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/default/companies/{to}", null, ct)).EnsureSuccessStatusCode();
    }

    /// <summary>Merges as another user of the CRM would; the answer names the surviving record.</summary>
    private static async Task<string> MergeAsync(SandboxHost sandbox, string primary, string merged, CancellationToken ct)
    {
        using var http = SandboxClient.Create(sandbox);
        using var response = await http.PostAsJsonAsync("/crm/v3/objects/contacts/merge", new { primaryObjectId = primary, objectIdToMerge = merged }, ct);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return answer.RootElement.GetProperty("id").GetString()!;
    }
}
