using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CrmSync.ChaosCheck;

/// <summary>A child process whose output lines are kept; <see cref="KillHard"/> is kill -9 (SIGKILL on Linux).</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private ChildProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}"));
        child._process.OutputDataReceived += (_, e) => child.Add(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    public static ChildProcess StartCrmsync(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        Start("dotnet", [ChaosPaths.Crmsync, .. arguments], workingDirectory, environment);

    public string Output
    {
        get
        {
            lock (_lines)
                return string.Join('\n', _lines);
        }
    }

    /// <summary>The first output line starting with <paramref name="prefix"/>, waiting for it.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_lines)
            {
                if (_lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
                    return line;
            }

            if (_process.HasExited)
                break;
            await Task.Delay(20);
        }

        throw new TimeoutException($"No line starting '{prefix}' from {_process.StartInfo.FileName}; output:\n{Output}");
    }

    public Task WaitForExitAsync(CancellationToken ct = default) => _process.WaitForExitAsync(ct);

    public void KillHard()
    {
        if (!_process.HasExited)
            _process.Kill();
    }

    public async ValueTask DisposeAsync()
    {
        KillHard();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Add(string? line)
    {
        if (line is null)
            return;
        lock (_lines)
            _lines.Add(line);
    }
}
