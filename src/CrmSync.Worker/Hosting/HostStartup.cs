using CrmSync.Storage;
using Hangfire;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Hosting;

/// <summary>
/// Brings up what a command needs, in order (the store, Hangfire's storage, then the hosted services and the web
/// server), and turns each start-up failure into a <see cref="StartupException"/>: one line naming what failed and
/// where it is configured. The stack trace goes to the log at debug level.
/// </summary>
public static partial class HostStartup
{
    /// <summary>Creates or migrates the store and connects Hangfire's storage (which prepares its schema on PostgreSQL).</summary>
    public static async Task PrepareStorageAsync(WebApplication app, CancellationToken ct)
    {
        var target = app.Services.GetRequiredService<StorageTarget>();
        try
        {
            await app.Services.GetRequiredService<IRecordStore>().InitializeAsync(ct);
            _ = app.Services.GetRequiredService<JobStorage>();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Failed(app, $"cannot open {target.Describe()}: {Reason(e)}", e);
        }
    }

    /// <summary><see cref="PrepareStorageAsync"/>, then the hosted services (Hangfire's server) and Kestrel.</summary>
    /// <param name="listenOption">How a user picks another address, named when the port is taken.</param>
    public static async Task StartAsync(WebApplication app, string listenOption, CancellationToken ct)
    {
        await PrepareStorageAsync(app, ct);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw Failed(app, PortInUse(e, listenOption), e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Failed(app, $"start-up failed: {Reason(e)}", e);
        }
    }

    /// <summary>Kestrel's message names the address: "Failed to bind to address http://127.0.0.1:5000: address already in use."</summary>
    public static string PortInUse(IOException e, string listenOption) =>
        $"cannot listen: {e.Message.TrimEnd('.')} (choose another with {listenOption})";

    private static StartupException Failed(WebApplication app, string message, Exception e)
    {
        LogStartupFailed(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostStartup).FullName!), e, message);
        return new StartupException(message, e);
    }

    /// <summary>The messages along the exception chain, on one line ("Failed to connect to 127.0.0.1:1: Connection refused").</summary>
    private static string Reason(Exception e)
    {
        var messages = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            var text = string.Join(' ', current.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
            if (text.Length > 0 && !messages.Any(m => m.Contains(text, StringComparison.Ordinal)))
                messages.Add(text);
        }

        return string.Join(": ", messages);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up failed: {What}")]
    private static partial void LogStartupFailed(ILogger logger, Exception e, string what);
}
