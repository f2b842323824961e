using System.Diagnostics;

namespace CrmSync.Deploy.Tests.Chart;

/// <summary>
/// ajv-cli (pinned in charts/package.json, installed by <c>npm ci --prefix charts</c> in .ci/run): validates a values
/// file against values.schema.json as Helm does on install, lint and template (JSON Schema draft-07).
/// </summary>
internal static class Ajv
{
    private static string Binary => Repository.PathOf("charts", "node_modules", "ajv-cli", "dist", "index.js");

    public static async Task<(int ExitCode, string Output)> ValidateAsync(string valuesFile)
    {
        if (!File.Exists(Binary))
        {
            var missing = $"ajv-cli is not installed: run npm ci --prefix charts ({Binary} is missing)";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(missing);
            Assert.Skip(missing);
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Binary, "validate", "-s", ChartFiles.PathOf("values.schema.json"), "-d", valuesFile,
                     "--spec=draft7", "--strict=false", "--all-errors", "--errors=text"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var ct = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await output) + (await error));
    }
}
