using System.Text.Json;
using CrmSync.Sandbox;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>What <c>crmsync jobs run</c> and <c>crmsync demo</c> print, run as the binary against the sandbox CRM.</summary>
public class JobsOutputTests
{
    [Fact]
    public async Task JobsRun_Json_StdoutIsOnlyTheJsonAndTheLogsGoToStderr()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { Records = 1_000 }, ct);
        using var folder = new TempFolder();

        var result = await CrmSyncProcess.RunAsync("jobs", "run", "pipeline", "--connector", "acme", "--json",
            "--config", folder.Config(sandbox.BaseUrl.ToString(), sandbox.AccessToken));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("succeeded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(1_000, json.RootElement.GetProperty("counts").GetProperty("pulled.contacts").GetInt64());
        Assert.Contains("info: CrmSync.", result.Stderr);
    }

    [Fact]
    public async Task Demo_Json_StdoutIsOnlyTheJson()
    {
        var result = await CrmSyncProcess.RunAsync("demo", "--once", "--json", "--records", "1000");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("Succeeded", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task JobsRun_TokenRejected_OneErrorLineNamingTheConnectorAndTheTokenKey_NoStackTrace()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { Records = 1_000 }, ct);
        using var folder = new TempFolder();

        var result = await CrmSyncProcess.RunAsync("jobs", "run", "pipeline", "--connector", "acme",
            "--config", folder.Config(sandbox.BaseUrl.ToString(), "pat-na1-revoked"));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("'acme'", result.SingleError);
        Assert.Contains("CrmSync:Connectors:acme:AccessToken", result.SingleError);
        Assert.Contains("401", result.SingleError);
        Assert.Equal("", result.Stdout);
        Assert.DoesNotContain("pat-na1-revoked", result.Stderr);
        result.AssertNoStackTrace();
    }
}
