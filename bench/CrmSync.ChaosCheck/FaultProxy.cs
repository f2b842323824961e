using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>
/// ../shared/tools/fault-proxy.py between the worker and the sandbox, on loopback: counts requests by kind (so a kill
/// can be timed to the n-th pull request, value write or task create) and drops answers after forwarding when asked.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _process;
    private readonly HttpClient _control;

    private FaultProxy(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
        _control = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    /// <param name="port">Where the proxy listens (chosen before the CRM starts, which may need to name it).</param>
    public static async Task<FaultProxy> StartAsync(string script, int port, int upstreamPort, int seed, string workingDirectory)
    {
        var process = ChildProcess.Start("python3", [script, Text(port), Text(upstreamPort), "--seed", Text(seed)], workingDirectory);
        var proxy = new FaultProxy(process, port);
        // python3's start-up takes seconds on a loaded machine: wait for the control endpoint, not a fixed count.
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await proxy.StatsAsync();
                return proxy;
            }
            catch (HttpRequestException e) when (process.HasExited || DateTime.UtcNow > deadline)
            {
                await proxy.DisposeAsync();
                throw new InvalidOperationException(
                    $"The fault proxy ({script}) did not answer on port {port} within {StartTimeout.TotalSeconds:F0} s" +
                    $"{(process.HasExited ? $" (exited {process.ExitCode})" : "")}:\n{process.Output}", e);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Merged into the proxy's configuration (keys as in fault-proxy.py's header).</summary>
    public async Task ConfigureAsync(object settings) =>
        (await _control.PostAsJsonAsync("/__proxy/config", settings)).EnsureSuccessStatusCode();

    /// <summary>Counters: requests by kind (<c>req.task_create</c>, <c>req.batch_update</c>, <c>req.get</c>, …) and injected faults.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StatsAsync()
    {
        using var document = JsonDocument.Parse(await _control.GetStringAsync("/__proxy/stats"));
        return document.RootElement.GetProperty("stats").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _process.DisposeAsync();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
