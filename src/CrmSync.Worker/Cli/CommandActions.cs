using System.CommandLine;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;

namespace CrmSync.Worker.Cli;

/// <summary>What every command's action shares: start-up failures and configuration problems as one line each.</summary>
public static class CommandActions
{
    /// <summary>Sets <paramref name="action"/> on the command, guarded by <see cref="Guard"/>.</summary>
    public static void Set(Command command, Func<ParseResult, CancellationToken, Task<int>> action) => command.SetAction(Guard(action));

    /// <summary>A <see cref="StartupException"/> prints its one line (no stack trace) and exits 1.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guard(Func<ParseResult, CancellationToken, Task<int>> action) =>
        async (parse, ct) =>
        {
            try
            {
                return await action(parse, ct);
            }
            catch (StartupException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        };

    /// <summary>Prints the problems, one per line, and returns how many there were.</summary>
    public static int Report(IReadOnlyList<ConfigurationProblem> problems, TextWriter output)
    {
        foreach (var problem in problems)
            output.WriteLine($"error: {problem}");
        if (problems.Count > 0)
            output.WriteLine($"{problems.Count} configuration problem(s)");
        return problems.Count;
    }

    /// <summary>
    /// The global <c>CrmSync</c> options of the configuration layered with --config (for commands that need no
    /// host: dedupe, sandbox); throws a <see cref="StartupException"/> listing the problems, if any.
    /// </summary>
    public static CrmSyncOptions ReadGlobalOptions(ParseResult parse)
    {
        var configuration = CrmSyncHost.ReadConfiguration(parse.GetValue(CliOptions.Config));
        var problems = new List<ConfigurationProblem>();
        return ConfigurationChecker.ReadGlobal(configuration, problems)
            ?? throw new StartupException(string.Join($"{Environment.NewLine}error: ", problems));
    }

    /// <summary>True when the user gave the option (not its default).</summary>
    public static bool Given(this ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
