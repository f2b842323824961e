using System.CommandLine;
using CrmSync.Worker.Cli;

namespace CrmSync.Worker.Tests.Cli;

public class DedupeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crmsync-dedupe-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CrmSyncCommandLine.Build().Parse(["dedupe", .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Export = """
        id,First Name,Last Name,E-mail,Phone
        1,Robert,Smith,bob.smith@gmail.com,+1 415 555 0100
        2,Bob,Smith,bobsmith@gmail.com,(415) 555-0100
        3,Alice,Jones,alice@acme.com,+1 212 555 0199
        4,Carol,White,carol@globex.com,+1 312 555 0142
        """;

    [Fact]
    public async Task Dedupe_Export_WritesTheDuplicatePairWithAReason()
    {
        var output = Path.Combine(_dir, "pairs.csv");

        var (exit, _) = await RunAsync("--input", Write("export.csv", Export), "--output", output, "--map", "E-mail=Email");

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id_a,id_b,probability,reason", lines[0]);
        var pair = Assert.Single(lines.Skip(1));
        Assert.StartsWith("1,2,", pair);
        Assert.Contains("email", pair);
    }

    [Fact]
    public async Task Dedupe_Clusters_OneRowPerRecordWithTheSameGroupForTheDuplicates()
    {
        var output = Path.Combine(_dir, "clusters.csv");

        var (exit, _) = await RunAsync("--input", Write("export.csv", Export), "--output", output, "--clusters");

        Assert.Equal(0, exit);
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(4, rows.Count);
        Assert.False(string.IsNullOrEmpty(rows["1"]));
        Assert.Equal(rows["1"], rows["2"]);
        Assert.NotEqual(rows["1"], rows["3"]);
    }

    [Fact]
    public async Task Dedupe_MissingFile_NamesIt()
    {
        var (exit, text) = await RunAsync("--input", Path.Combine(_dir, "absent.csv"), "--output", Path.Combine(_dir, "o.csv"));

        Assert.NotEqual(0, exit);
        Assert.Contains("absent.csv", text);
    }

    [Fact]
    public async Task Dedupe_UnknownMappedColumn_ListsTheHeader()
    {
        var (exit, text) = await RunAsync("--input", Write("export.csv", Export), "--output", Path.Combine(_dir, "o.csv"), "--map", "Mail=Email");

        Assert.NotEqual(0, exit);
        Assert.Contains("'Mail'", text);
        Assert.Contains("E-mail", text);
    }

    [Fact]
    public async Task Dedupe_MalformedRow_GivesItsLineNumber()
    {
        var output = Path.Combine(_dir, "o.csv");

        var (exit, text) = await RunAsync("--input", Write("bad.csv", "id,email\n1,a@x.com\n2,\"b@x.com\n"), "--output", output);

        Assert.NotEqual(0, exit);
        Assert.Contains("Line 3", text);
        Assert.False(File.Exists(output));
    }
}
