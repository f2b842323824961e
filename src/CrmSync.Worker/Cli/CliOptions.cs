using System.CommandLine;

namespace CrmSync.Worker.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CliOptions
{
    public static readonly Option<string?> Config = new("--config")
    {
        Description = "An extra JSON configuration file layered over appsettings.json",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the summary as one JSON object" };
}
