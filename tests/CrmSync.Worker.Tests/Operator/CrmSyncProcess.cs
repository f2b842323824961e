using System.Diagnostics;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>Runs the built <c>crmsync</c> binary as a child process, as an operator would, with stdout and stderr apart.</summary>
internal static class CrmSyncProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    public static async Task<CrmSyncResult> RunAsync(params string[] args)
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "crmsync.exe" : "crmsync"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // What the test writes is all the configuration there is, whatever this machine's environment holds.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CrmSync__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CrmSyncResult(process.ExitCode, await stdout, await stderr);
    }
}
