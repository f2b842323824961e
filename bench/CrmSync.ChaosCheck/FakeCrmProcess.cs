using System.Globalization;

namespace CrmSync.ChaosCheck;

/// <summary>A <c>crmsync sandbox</c> child process serving one fresh fake CRM on a free loopback port.</summary>
internal abstract class FakeCrmProcess : IRunningCrm
{
    private readonly ChildProcess _process;

    protected FakeCrmProcess(ChildProcess process, int port, IReadOnlyDictionary<string, object> settings)
    {
        _process = process;
        Port = port;
        ConnectorSettings = settings;
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    public IReadOnlyDictionary<string, object> ConnectorSettings { get; }

    public abstract IReadOnlyDictionary<string, string> SecretEnvironment(string connector);

    public abstract Task<CrmSnapshot> ReadAsync();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    /// <summary>Starts <c>crmsync sandbox --port {free port} {arguments}</c> and waits for the line saying it serves.</summary>
    protected static async Task<(ChildProcess Process, int Port)> StartSandboxAsync(IEnumerable<string> arguments, string readyLine, string workingDirectory)
    {
        var port = ChildProcess.FreePort();
        var process = ChildProcess.StartCrmsync(["sandbox", "--port", Text(port), .. arguments], workingDirectory);
        try
        {
            await process.WaitForLineAsync(readyLine, TimeSpan.FromMinutes(2));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return (process, port);
    }

    protected static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
