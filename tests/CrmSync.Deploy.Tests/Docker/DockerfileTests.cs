using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CrmSync.Deploy.Tests.Docker;

/// <summary>What can be verified of the top-level Dockerfile without a Docker engine.</summary>
public sealed class DockerfileTests(ITestOutputHelper output)
{
    private static readonly Dockerfile File = Dockerfile.Parse(System.IO.File.ReadAllText(Repository.PathOf("Dockerfile")));

    [Fact]
    public void Dockerfile_Parses_EveryStageReferencedExists_AndTheRuntimeIsAspNetOfTheSdksMajor()
    {
        Assert.Equal(2, File.Stages.Count);
        var build = File.Stage("build");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", build.Image, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", File.Final.Image, StringComparison.Ordinal);
        using var globalJson = JsonDocument.Parse(System.IO.File.ReadAllText(Repository.PathOf("global.json")));
        var sdkMajor = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!.Split('.')[0];
        Assert.StartsWith($"{sdkMajor}.0-", Tag(build.Image), StringComparison.Ordinal);
        Assert.StartsWith($"{sdkMajor}.0-", Tag(File.Final.Image), StringComparison.Ordinal);
        // -extra: the chiseled variant with ICU and tzdata (schedules name IANA time zones).
        Assert.EndsWith("-chiseled-extra", Tag(File.Final.Image), StringComparison.Ordinal);
        Assert.All(File.Final.All("COPY").Where(c => c.Flags.ContainsKey("from")), c => Assert.Equal("build", c.Flags["from"]));
    }

    [Fact]
    public void Dockerfile_RunsAsNonRoot_ExposesThePortItListensOn_DataIsAVolume_ConfigurationFromTheEnvironment()
    {
        var final = File.Final;
        var user = final.Last("USER")?.Rest;
        Assert.NotNull(user);
        Assert.DoesNotMatch("^(root|0)(:|$)", user);
        var exposed = Assert.Single(final.All("EXPOSE")).Rest;
        var env = Environment(final);
        Assert.Equal(exposed, env["ASPNETCORE_HTTP_PORTS"]);
        var volume = Assert.Single(final.Last("VOLUME")!.ExecForm(final.Last("VOLUME")!.Rest)!);
        Assert.Equal(volume, env["CrmSync__DataDirectory"]);
        Assert.Empty(final.All("ADD"));
    }

    [Fact]
    public void DockerIgnore_KeepsTestsBuildOutputAndLocalDataOutOfTheContext()
    {
        var ignore = DockerIgnore.Load(Repository.PathOf(".dockerignore"));

        Assert.True(ignore.Excludes("src/CrmSync.Worker/bin/Debug/net10.0/crmsync.dll"));
        Assert.True(ignore.Excludes("src/CrmSync.Worker/obj/project.assets.json"));
        Assert.True(ignore.Excludes("tests/CrmSync.Worker.Tests/CrmSync.Worker.Tests.csproj"));
        Assert.True(ignore.Excludes("data/crmsync.db"));
        Assert.False(ignore.Excludes("src/CrmSync.Worker/Program.cs"));
        Assert.False(ignore.Excludes("Directory.Packages.props"));
    }

    /// <summary>
    /// The build stage's COPY and RUN lines carried out as written (restore and publish with the same command lines),
    /// then the final stage's entry point and HEALTHCHECK taken from the publish output: <c>crmsync run</c> serves and
    /// the health command says so; once it is gone the health command fails.
    /// </summary>
    [Fact]
    public async Task BuildStage_RunsAsWritten_EntryPointServes_AndTheHealthCheckCommandAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("crmsync-image-").FullName;
        try
        {
            var runner = new BuildStageRunner(Repository.Root, DockerIgnore.Load(Repository.PathOf(".dockerignore")), root);
            var clock = Stopwatch.StartNew();
            var executed = await runner.RunAsync(File.Stage("build"), ct);
            output.WriteLine($"build stage in {clock.Elapsed.TotalSeconds:F0} s:\n{string.Join('\n', executed)}");
            Assert.Contains(executed, c => c.StartsWith("dotnet publish ", StringComparison.Ordinal));

            var final = File.Final;
            var workdir = final.Last("WORKDIR")!.Rest;
            var copied = Assert.Single(final.All("COPY"), c => c.Rest.EndsWith(" .", StringComparison.Ordinal));
            var app = runner.InImage(copied.Rest.Split(' ')[0]);
            var entryPoint = final.Last("ENTRYPOINT")!.ExecForm(final.Last("ENTRYPOINT")!.Rest)!;
            var command = final.Last("CMD")!.ExecForm(final.Last("CMD")!.Rest)!;
            var health = final.Last("HEALTHCHECK")!.Rest;
            var healthCommand = final.Last("HEALTHCHECK")!.ExecForm(health[(health.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;
            Assert.Equal(["run"], command);
            Assert.True(System.IO.File.Exists(Path.Combine(app, entryPoint[0])), $"{entryPoint[0]} is not in the publish output ({workdir})");
            Assert.True(System.IO.File.Exists(Path.Combine(app, healthCommand[0])), $"{healthCommand[0]} is not in the publish output");
            Assert.DoesNotContain(Directory.EnumerateFiles(app), f => Path.GetFileName(f).Contains(".Tests.", StringComparison.Ordinal));

            var env = Environment(final);
            env["ASPNETCORE_HTTP_PORTS"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            env["CrmSync__DataDirectory"] = runner.InImage(env["CrmSync__DataDirectory"]);
            env["CrmSync__Connectors__probe__Kind"] = "HubSpot";
            env["CrmSync__Connectors__probe__BaseUrl"] = "http://127.0.0.1:9/";
            env["CrmSync__Connectors__probe__AccessToken"] = "pat-probe";
            using var server = Start(app, [.. entryPoint, .. command], env);
            var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
            server.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
            server.BeginErrorReadLine();
            var answered = await PollAsync(() => Run(app, healthCommand, env), () => server.HasExited, ct);
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(ct);
            Assert.True(answered == 0, $"the health command failed while crmsync run served\n{string.Join('\n', log)}");

            Assert.Equal(1, await Run(app, healthCommand, env));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Tag(string image) => image[(image.LastIndexOf(':') + 1)..];

    /// <summary>The final stage's ENV, as a container starts with it.</summary>
    private static Dictionary<string, string> Environment(DockerStage stage)
    {
        var env = new Dictionary<string, string>();
        foreach (var instruction in stage.All("ENV"))
        {
            foreach (var pair in instruction.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                env[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return env;
    }

    private static Process Start(string directory, IReadOnlyList<string> argv, Dictionary<string, string> env)
    {
        var start = new ProcessStartInfo(Path.Combine(directory, argv[0])) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in argv.Skip(1))
            start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CrmSync__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in env)
            start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private static async Task<int> Run(string directory, IReadOnlyList<string> argv, Dictionary<string, string> env)
    {
        using var process = Start(directory, argv, env);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.ExitCode;
    }

    /// <summary>The probe until it succeeds, the server exits or two minutes pass (start-up is slow on a loaded machine).</summary>
    private static async Task<int> PollAsync(Func<Task<int>> probe, Func<bool> gone, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var code = await probe();
        while (code != 0 && !gone() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, ct);
            code = await probe();
        }

        return code;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
