using System.CommandLine;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;

namespace CrmSync.Worker.Cli;

/// <summary><c>crmsync run</c>: the Hangfire server with the recurring jobs, the dashboard and health endpoints.</summary>
public static class RunCommand
{
    private static readonly Option<string?> Urls = new("--urls") { Description = "Addresses to listen on (default http://localhost:5000 or ASPNETCORE_URLS)" };

    public static Command Build()
    {
        var command = new Command("run", "Run the scheduler, the jobs, the dashboard (/hangfire) and health endpoints (/healthz, /ready)");
        command.Options.Add(Urls);
        CommandActions.Set(command, ExecuteAsync);
        return command;
    }

    public static async Task<int> ExecuteAsync(ParseResult parse, CancellationToken ct)
    {
        await using var app = CrmSyncHost.Build(new HostSettings([], parse.GetValue(CliOptions.Config), Server: true, Web: true,
            Urls: parse.GetValue(Urls)));
        if (ConfigCommand.Report(app.Services.GetRequiredService<ConfigurationChecker>(), app.Configuration, parse.InvocationConfiguration.Error) > 0)
            return 1;
        await HostStartup.StartAsync(app, "--urls or ASPNETCORE_URLS", ct);
        await app.WaitForShutdownAsync(ct);
        return 0;
    }
}
