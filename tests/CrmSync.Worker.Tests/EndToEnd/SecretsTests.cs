using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Tests.EndToEnd;

[Collection(HostCollection.Name)]
public class SecretsTests
{
    private const string Token = "pat-na1-5ecret-0f-the-test";

    [Fact]
    public async Task Pipeline_TokenNeverReachesLogsJobArgumentsRunHistoryOrTheDashboard()
    {
        var ct = TestContext.Current.CancellationToken;
        var logs = new CapturingLoggerProvider();
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, AccessToken = Token }, 0, null, ct,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));

        var run = await demo.RunPipelineAsync(ct);
        await demo.Sandbox.StopAsync();
        var failed = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Token, StringComparison.Ordinal));

        var runs = await demo.App.Services.GetRequiredService<IRecordStore>().ListRunsAsync(DemoSession.Connector, 10, ct);
        Assert.DoesNotContain(runs, r => (r.Message ?? "").Contains(Token, StringComparison.Ordinal));

        using (var connection = demo.App.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var job = connection.GetJobData(run.HangfireJobId!);
            Assert.DoesNotContain(job!.Job.Args, a => a?.ToString()?.Contains(Token, StringComparison.Ordinal) == true);
        }

        using var http = new HttpClient();
        var pages = new[] { "/hangfire", "/hangfire/recurring", "/hangfire/jobs/failed", $"/hangfire/jobs/details/{failed.HangfireJobId}", "/runs" };
        foreach (var page in pages)
        {
            var html = await http.GetStringAsync($"{demo.BaseAddress}{page}", ct);
            Assert.DoesNotContain(Token, html, StringComparison.Ordinal);
        }
    }
}
