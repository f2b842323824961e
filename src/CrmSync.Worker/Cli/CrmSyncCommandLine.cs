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
}
