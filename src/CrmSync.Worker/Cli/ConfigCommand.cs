using System.CommandLine;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;

namespace CrmSync.Worker.Cli;

/// <summary><c>crmsync config check</c>: every configuration problem with its key; non-zero exit when any.</summary>
public static class ConfigCommand
{
    public static Command Build()
    {
        var check = new Command("check", "Validate the configuration and print every problem with its configuration key");
        CommandActions.Set(check, (parse, _) =>
        {
            // Only the configuration: a bad connection string is one of the problems listed, not a failure to start.
            using var app = CrmSyncHost.Build(new HostSettings([], parse.GetValue(CliOptions.Config)) { ConfigurationOnly = true });
            var output = parse.InvocationConfiguration.Output;
            var problems = Report(app.Services.GetRequiredService<ConfigurationChecker>(), app.Configuration, output);
            if (problems == 0)
            {
                var names = app.Services.GetRequiredService<ConnectorSettingsProvider>().Names;
                output.WriteLine($"Configuration OK: {names.Count} connector(s): {string.Join(", ", names)}");
            }

            return Task.FromResult(problems == 0 ? 0 : 1);
        });
        var config = new Command("config", "Configuration tools");
        config.Subcommands.Add(check);
        return config;
    }

    /// <summary>Prints the problems, one per line, and returns how many there were.</summary>
    public static int Report(ConfigurationChecker checker, IConfiguration configuration, TextWriter output) =>
        CommandActions.Report(checker.Check(configuration), output);
}
