using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CrmSync.Deploy.Tests.Docker;

/// <summary>
/// Carries out a build stage's WORKDIR, COPY and RUN instructions without an engine: the image's filesystem is a
/// folder (<see cref="Root"/>), COPY reads the build context through the .dockerignore, and each RUN line runs as
/// written in bash, its build arguments substituted and its absolute paths taken inside <see cref="Root"/>.
/// </summary>
public sealed partial class BuildStageRunner(string context, DockerIgnore ignore, string root)
{
    public string Root { get; } = root;

    /// <summary>TARGETARCH as BuildKit names this machine's architecture.</summary>
    public static string TargetArch => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.Arm64 => "arm64",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>The image folder a container path names, relative paths taken from <paramref name="workdir"/>.</summary>
    public string InImage(string path, string workdir = "/") =>
        Path.Combine(Root, Path.Combine(workdir, path).TrimStart('/'));

    /// <returns>Each RUN line as it was executed, with its output when it failed.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(DockerStage stage, CancellationToken ct)
    {
        var args = new Dictionary<string, string> { ["TARGETARCH"] = TargetArch, ["BUILDPLATFORM"] = $"linux/{TargetArch}" };
        var workdir = "/";
        var executed = new List<string>();
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Keyword.ToUpperInvariant())
            {
                case "WORKDIR":
                    workdir = Path.Combine(workdir, instruction.Rest);
                    Directory.CreateDirectory(InImage(workdir));
                    break;
                case "COPY" when !instruction.Flags.ContainsKey("from"):
                    Copy(instruction, workdir);
                    break;
                case "RUN":
                    var command = AbsolutePath().Replace(Substitute(instruction.Rest, args), m => $"{m.Groups[1].Value}{Root}/");
                    executed.Add(command);
                    await RunAsync(command, InImage(workdir), instruction.Line, ct);
                    break;
            }
        }

        return executed;
    }

    private void Copy(DockerInstruction instruction, string workdir)
    {
        var words = instruction.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var destination = InImage(words[^1], workdir);
        foreach (var source in words[..^1])
        {
            var from = Path.Combine(context, source);
            if (Directory.Exists(from))
            {
                foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(context, file).Replace('\\', '/');
                    if (!ignore.Excludes(relative))
                        Place(file, Path.Combine(destination, Path.GetRelativePath(from, file)));
                }
            }
            else if (File.Exists(from) && !ignore.Excludes(source))
            {
                Place(from, words[^1].EndsWith('/') || words.Length > 2 ? Path.Combine(destination, Path.GetFileName(from)) : destination);
            }
            else
            {
                throw new FileNotFoundException($"Dockerfile line {instruction.Line}: COPY {source}: not in the build context (or excluded by .dockerignore)");
            }
        }
    }

    private static void Place(string file, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }

    private static string Substitute(string text, Dictionary<string, string> args) =>
        BuildArg().Replace(text, m => args.TryGetValue(m.Groups[1].Value + m.Groups[2].Value, out var value) ? value : m.Value);

    private static async Task RunAsync(string command, string directory, int line, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            Assert.Fail($"Dockerfile line {line}: RUN {command} exited {process.ExitCode}\n{await output}\n{await error}");
    }

    // $NAME or ${NAME}
    [GeneratedRegex(@"\$\{(\w+)\}|\$(\w+)")]
    private static partial Regex BuildArg();

    // An absolute path argument: "-o /app", "mkdir -p /data".
    [GeneratedRegex(@"(^|\s)/(?=\w)")]
    private static partial Regex AbsolutePath();
}
