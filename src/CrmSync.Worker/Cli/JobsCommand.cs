using System.CommandLine;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync jobs run &lt;job&gt; --connector &lt;name&gt; [--only &lt;analyzer&gt;…] [--dry-run] [--full] [--json]</c>:
/// one job now, in the foreground.
/// </summary>
public static class JobsCommand
{
    /// <summary>Exit code when another run holds the connector (the run is recorded as skipped).</summary>
    public const int BusyExitCode = 3;

    public static Command Build()
    {
        var job = new Argument<string>("job") { Description = $"One of: {string.Join(", ", JobNames.All)}" };
        job.AcceptOnlyFromAmong([.. JobNames.All]);
        var connector = new Option<string>("--connector") { Description = "The connector name under CrmSync:Connectors", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Plan and print the writes and alerts; send nothing to the CRM" };
        var json = CliOptions.Json();
        var full = new Option<bool>("--full") { Description = "Make the pull a full reconcile now (notices records deleted or merged in the CRM)" };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these analyzers (names, repeated or comma-separated); their values and alerts alone are written",
            AllowMultipleArgumentsPerToken = true,
        };

        var run = new Command("run", "Run one job of one connector now, in the foreground");
        run.Arguments.Add(job);
        run.Options.Add(connector);
        run.Options.Add(dryRun);
        run.Options.Add(json);
        run.Options.Add(full);
        run.Options.Add(only);
        CommandActions.Set(run, async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var name = parse.GetValue(connector)!;
            await using var app = CrmSyncHost.Build(new HostSettings([], parse.GetValue(CliOptions.Config)));
            var section = app.Configuration.GetSection($"{ConnectorOptions.Section}:{name}");
            if (!section.Exists())
            {
                await error.WriteLineAsync($"error: {section.Path}: no connector named '{name}' is configured");
                return 2;
            }

            if (CommandActions.Report(app.Services.GetRequiredService<ConfigurationChecker>().CheckConnector(app.Configuration, section), error) > 0)
                return 1;

            await HostStartup.PrepareStorageAsync(app, ct);
            var runner = app.Services.GetRequiredService<ConnectorJobRunner>();
            var analyzers = (parse.GetValue(only) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            JobRunSummary summary;
            try
            {
                summary = await runner.RunAsync(name, parse.GetValue(job)!, parse.GetValue(dryRun), null, ct, parse.GetValue(full), analyzers);
            }
            catch (JobFailedException e)
            {
                summary = e.Summary;
            }
            catch (ConnectorBusyException e)
            {
                // One line: which run holds the connector, and the skipped run recorded in /runs.
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return BusyExitCode;
            }
            catch (ArgumentException e)
            {
                // An unknown or disabled analyzer in --only: nothing ran.
                await error.WriteLineAsync($"error: {e.Message.Replace($" (Parameter '{e.ParamName}')", "")}");
                return 2;
            }

            var succeeded = summary.Status is RunStatus.Succeeded or RunStatus.PartiallyFailed;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                SummaryPrinter.PrintJson(summary, output);
            else if (succeeded)
                SummaryPrinter.PrintText(summary, output);

            // A failed run is one line naming the connector and the cause (the key to fix, for a rejected token);
            // its counts stay in run history.
            if (!succeeded)
                await error.WriteLineAsync($"error: {summary.Message?.TrimEnd('.')} (run #{summary.RunId})");
            return succeeded ? 0 : 1;
        });

        var jobs = new Command("jobs", "Run jobs by hand");
        jobs.Subcommands.Add(run);
        return jobs;
    }
}
