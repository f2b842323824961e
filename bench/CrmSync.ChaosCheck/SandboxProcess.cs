using System.Globalization;

namespace CrmSync.ChaosCheck;

/// <summary>A <c>crmsync sandbox</c> process: a fresh seeded CRM on a loopback port.</summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    public const string Token = "pat-sandbox-token";

    private readonly ChildProcess _process;

    private SandboxProcess(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    public static async Task<SandboxProcess> StartAsync(ChaosArguments a, string workingDirectory)
    {
        var port = ChildProcess.FreePort();
        var process = ChildProcess.StartCrmsync(
            ["sandbox", "--port", Text(port), "--records", Text(a.Records), "--seed", Text(a.Seed),
             "--search-index-lag-ms", Text((int)a.CrmSearchLag.TotalMilliseconds)],
            workingDirectory);
        await process.WaitForLineAsync("Sandbox HubSpot API at", TimeSpan.FromMinutes(2));
        return new SandboxProcess(process, port);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
