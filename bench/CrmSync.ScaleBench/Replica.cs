using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CrmSync.ScaleBench;

/// <summary>One <c>crmsync run</c> process (the built binary beside the bench), its output in a log file.</summary>
internal sealed class Replica : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly int _port;

    private Replica(string name, Process process, StreamWriter log, int port)
    {
        Name = name;
        _process = process;
        _log = log;
        _port = port;
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public bool Killed { get; private set; }

    /// <summary>Hangfire names its server "{machine}:{pid}" and its id "{server name}:{guid}".</summary>
    public bool Ran(string hangfireServerId) =>
        hangfireServerId.Contains(string.Create(CultureInfo.InvariantCulture, $":{ProcessId}:"), StringComparison.Ordinal);

    public static Replica Start(string name, string configPath, string directory)
    {
        var crmsync = Path.Combine(AppContext.BaseDirectory, "crmsync.dll");
        if (!File.Exists(crmsync))
            throw new FileNotFoundException($"crmsync.dll is not beside the bench ({AppContext.BaseDirectory}); build the project.");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var arg in (string[])[crmsync, "run", "--config", configPath, "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")])
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ConnectionStrings__CrmSync");

        var log = new StreamWriter(Path.Combine(directory, $"{name}.log")) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Replica(name, process, log, port);
    }

    /// <summary>Waits until <c>/ready</c> answers 200 (storage reachable, the recurring jobs registered).</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready; see {Name}.log");
            try
            {
                using var answer = await http.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}/ready")));
                if (answer.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:F0} s; see {Name}.log");
    }

    /// <summary>kill -9: no shutdown, no lease release, no run completion, no Hangfire acknowledgement.</summary>
    public void KillHard()
    {
        Killed = true;
        _process.Kill();
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod, then waits for the exit.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited)
            return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine($"{Name} did not exit within {timeout.TotalSeconds:F0} s of SIGTERM; killing it");
            _process.Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
