using System.Net;
using System.Net.Sockets;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>Every start-up failure is one line naming what and where, a non-zero exit, and no stack trace.</summary>
public class StartupFailureTests
{
    [Theory]
    [InlineData("run", "--urls", "http://127.0.0.1:0")]
    [InlineData("jobs", "run", "sync", "--connector", "acme")]
    public async Task InvalidConnectionString_OneLineNamingTheKeyAndKeyword_NeverThePassword(params string[] command)
    {
        using var folder = new TempFolder();
        var config = folder.Config(extra: """ "ConnectionStrings": { "CrmSync": "Host=127.0.0.1;Pasword=hunter2" } """);

        var result = await CrmSyncProcess.RunAsync([.. command, "--config", config]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("ConnectionStrings:CrmSync", result.SingleError);
        Assert.Contains("'Pasword'", result.SingleError);
        Assert.DoesNotContain("hunter2", result.Stdout + result.Stderr);
        result.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("run", "--urls", "http://127.0.0.1:0")]
    [InlineData("jobs", "run", "sync", "--connector", "acme")]
    public async Task UnreachablePostgres_OneLineNamingHostPortAndKey(params string[] command)
    {
        using var folder = new TempFolder();
        var port = Ports.Free();
        var config = folder.Config(extra: $$""" "ConnectionStrings": { "CrmSync": "Host=127.0.0.1;Port={{port}};Username=crmsync;Password=hunter2;Database=crmsync" } """);

        var result = await CrmSyncProcess.RunAsync([.. command, "--config", config]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"PostgreSQL at 127.0.0.1:{port}", result.SingleError);
        Assert.Contains("ConnectionStrings:CrmSync", result.SingleError);
        Assert.DoesNotContain("hunter2", result.Stdout + result.Stderr);
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task ReadOnlyDataDirectory_OneLineNamingThePathAndKey()
    {
        using var folder = new TempFolder();
        using var readOnly = new ReadOnlyFolder(folder["readonly"]);
        var config = folder.Config(dataDirectory: Path.Combine("readonly", "data"));

        var result = await CrmSyncProcess.RunAsync("run", "--urls", "http://127.0.0.1:0", "--config", config);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains(Path.Combine(readOnly.Path, "data"), result.SingleError);
        Assert.Contains("CrmSync:DataDirectory", result.SingleError);
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task PortHeldByAnotherListener_OneLineNamingTheAddressAndHowToChooseAnother()
    {
        using var folder = new TempFolder();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var result = await CrmSyncProcess.RunAsync("run", "--urls", $"http://127.0.0.1:{port}", "--config", folder.Config());

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"127.0.0.1:{port}", result.SingleError);
        Assert.Contains("address already in use", result.SingleError);
        Assert.Contains("--urls", result.SingleError);
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task MissingConfigFile_OneLineNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"crmsync-absent-{Guid.NewGuid():N}.json");

        var result = await CrmSyncProcess.RunAsync("jobs", "run", "sync", "--connector", "acme", "--config", missing);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains(missing, result.SingleError);
        result.AssertNoStackTrace();
    }
}
