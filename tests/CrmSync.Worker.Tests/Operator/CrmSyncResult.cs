using System.Text.RegularExpressions;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>What one run of the <c>crmsync</c> binary printed, and the checks an operator's eye makes on it.</summary>
internal sealed partial record CrmSyncResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines the CLI itself prints for a failure ("error: …").</summary>
    public IReadOnlyList<string> Errors =>
        Stderr.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();

    /// <summary>The one error line; fails when there are none or several.</summary>
    public string SingleError => Assert.Single(Errors);

    /// <summary>No stack frame and no exception dump anywhere in the output.</summary>
    public void AssertNoStackTrace()
    {
        var all = Stdout + Stderr;
        Assert.False(StackFrame().IsMatch(all), $"a stack trace was printed:{Environment.NewLine}{all}");
        Assert.DoesNotContain("Exception:", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
    }

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}{Environment.NewLine}stderr:{Environment.NewLine}{Stderr}";

    [GeneratedRegex(@"(?m)^\s+at \S+.*\)")]
    private static partial Regex StackFrame();
}
