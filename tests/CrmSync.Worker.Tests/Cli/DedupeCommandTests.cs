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

    [Theory]
    [InlineData("export.csv")]
    [InlineData("sub/../export.csv")]
    [InlineData("./link.csv")]
    public async Task Dedupe_OutputIsTheInputHoweverSpelt_IsRefusedAndTheExportKept(string spelling)
    {
        var input = Write("export.csv", Export);
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        File.CreateSymbolicLink(Path.Combine(_dir, "link.csv"), input);

        var (exit, text) = await RunAsync("--input", input, "--output", Path.Combine(_dir, spelling));

        Assert.NotEqual(0, exit);
        Assert.Contains("is the input file", text);
        Assert.Equal(Export, File.ReadAllText(input));
    }

    [Fact]
    public async Task Dedupe_OutputFolderMissing_NamesTheFolder()
    {
        var folder = Path.Combine(_dir, "results");

        var (exit, text) = await RunAsync("--input", Write("export.csv", Export), "--output", Path.Combine(folder, "pairs.csv"));

        Assert.Equal(2, exit);
        Assert.Contains($"the folder {folder} does not exist", text);
    }

    [Fact]
    public async Task Dedupe_NulByte_NamesItsLine()
    {
        var (exit, text) = await RunAsync("--input", Write("nul.csv", "id,email\n1,a@x.com\n2,b\0@x.com\n"), "--output", Path.Combine(_dir, "o.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("Line 3: a NUL character", text);
    }

    [Fact]
    public async Task Dedupe_InvalidUtf8AfterTheFirstBlock_NamesItsLineAndByte()
    {
        // 5,000 good rows (about 130 KB, past the reader's first 64 KB block), then "José" in Latin-1 on line 5002.
        var path = Path.Combine(_dir, "latin1.csv");
        var rows = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"{i},person{i}@example.com\n"));
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes($"id,email\n{rows}5001,Jos"), 0xE9, .. "@example.com\n"u8]);

        var (exit, text) = await RunAsync("--input", path, "--output", Path.Combine(_dir, "o.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("Line 5002: not valid UTF-8 (byte 0xE9)", text);
    }

    [Fact]
    public async Task Dedupe_Workbook_IsNotATextFile()
    {
        var path = Path.Combine(_dir, "export.xlsx.csv");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. new byte[200]]);

        var (exit, text) = await RunAsync("--input", path, "--output", Path.Combine(_dir, "o.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("not a text file", text);
    }

    [Fact]
    public async Task Dedupe_LineLongerThanTheLimit_NamesTheLineAndTheOption()
    {
        var input = Write("long.csv", $"id,email,notes\n1,a@x.com,short\n2,b@x.com,{new string('x', 5_000)}\n");

        var (exit, text) = await RunAsync("--input", input, "--output", Path.Combine(_dir, "o.csv"), "--max-line-bytes", "1000");
        var (raised, _) = await RunAsync("--input", input, "--output", Path.Combine(_dir, "o.csv"), "--max-line-bytes", "10000");

        Assert.Equal(2, exit);
        Assert.Contains("Line 3: the record is longer than 1,000 bytes (the --max-line-bytes limit)", text);
        Assert.Equal(0, raised);
    }

    [Fact]
    public async Task Dedupe_ConfigFile_SetsTheMatchingRulesAndItsMistakesAreNamed()
    {
        var rules = Write("rules.json", """{ "CrmSync": { "Dedupe": { "MatchThreshold": 0.9999, "ReviewThreshold": 0.5 } } }""");
        var misspelt = Write("misspelt.json", """{ "CrmSync": { "Dedupe": { "MatchThreshhold": 0.9 } } }""");

        var (exit, text) = await RunAsync("--input", Write("export.csv", Export), "--output", Path.Combine(_dir, "o.csv"), "--config", rules);
        var (refused, error) = await RunAsync("--input", Write("export.csv", Export), "--output", Path.Combine(_dir, "o.csv"), "--config", misspelt);

        Assert.Equal(0, exit);
        Assert.Contains("probability ≥ 0.9999", text);
        Assert.NotEqual(0, refused);
        Assert.Contains("CrmSync:Dedupe:MatchThreshhold: unknown key", error);
    }
}
