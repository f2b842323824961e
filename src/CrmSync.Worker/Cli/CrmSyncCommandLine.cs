using System.CommandLine;

namespace CrmSync.Worker.Cli;

/// <summary>The <c>crmsync</c> command tree; <c>run</c> is the default.</summary>
public static class CrmSyncCommandLine
{
    public static RootCommand Build()
    {
        var run = RunCommand.Build();
        var root = new RootCommand("CrmSync keeps a CRM honest: pulls records, finds duplicates, checks stages, writes computed properties and alerts back.");
        root.Options.Add(CliOptions.Config);
        root.Subcommands.Add(run);
        root.Subcommands.Add(DemoCommand.Build());
        root.Subcommands.Add(JobsCommand.Build());
        root.Subcommands.Add(ConfigCommand.Build());
        root.Subcommands.Add(SandboxCommand.Build());
        root.Subcommands.Add(DedupeCommand.Build());
        root.Subcommands.Add(MetricsCommand.Build());
        root.Subcommands.Add(HealthCommand.Build());
        root.Subcommands.Add(HashPasswordCommand.Build());
        CommandActions.Set(root, RunCommand.ExecuteAsync);
        return root;
    }

    /// <summary>
    /// How the parsed command is invoked. <c>run</c> leaves SIGTERM and SIGINT to the host, which stops Hangfire and
    /// waits <c>CrmSync:ShutdownTimeout</c> for running jobs to record their state; System.CommandLine's own handler
    /// would end the process two seconds after the signal, whatever was still being recorded. The other commands keep
    /// it: Ctrl+C cancels them at once.
    /// </summary>
    public static InvocationConfiguration InvocationFor(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand || parse.CommandResult.Command.Name == "run"
            ? new InvocationConfiguration { ProcessTerminationTimeout = null }
            : new InvocationConfiguration();
}
