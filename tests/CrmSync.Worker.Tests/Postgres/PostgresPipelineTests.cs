using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Storage.Postgres;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Postgres;

[Collection(HostCollection.Name)]
public class PostgresPipelineTests
{
    [Fact]
    public async Task Pipeline_WithConnectionString_RunsOnPostgresForHangfireAndTheStore()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TemporaryDatabase.CreateAsync();
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 3 }, 0, null, ct,
            new Dictionary<string, string?> { ["ConnectionStrings:CrmSync"] = database.ConnectionString });

        Assert.IsType<PostgresRecordStore>(demo.App.Services.GetRequiredService<IRecordStore>());
        Assert.IsType<PostgreSqlStorage>(demo.App.Services.GetRequiredService<JobStorage>());

        var first = await demo.RunPipelineAsync(ct);
        var second = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.True(first.Counts[CounterNames.ValuesWritten] > 0);
        Assert.True(first.Counts[CounterNames.AlertsCreated] > 0);
        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.WriteCalls));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
    }
}
