using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.Core.Tests.Dedupe;

public class OfflineDedupeTests
{
    private static string Export()
    {
        var lines = new List<string> { "contact_id,given_name,family,email,phone" };
        lines.Add("1,Robert,Zaborowski,rob.zab@acme.com,415-555-2671");
        lines.Add("2,Bob,Zaborowski,Rob.Zab@acme.com,(415) 555-2671");
        for (var i = 0; i < 60; i++)
        {
            lines.Add($"b{i},Person{i},Family{i % 13},p{i}@example{i % 5}.com,303-555-{1000 + i}");
        }

        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void Run_Pairs_WritesDuplicateWithReason()
    {
        var output = new StringWriter();
        var options = new OfflineDedupeOptions { IdColumn = "contact_id", Map = OfflineDedupe.ParseMap(["family=LastName"]) };

        var summary = OfflineDedupe.Run(new StringReader(Export()), output, options, TestContext.Current.CancellationToken);

        Assert.Equal(62, summary.Records);
        Assert.Equal(FieldRole.LastName, summary.Columns["family"]);
        var lines = output.ToString().ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal("id_a,id_b,probability,reason", lines[0]);
        Assert.StartsWith("1,2,", lines[1]);
        Assert.Contains("email exact", lines[1]);
    }

    [Fact]
    public void Run_Clusters_OneRowPerRecord()
    {
        var output = new StringWriter();
        var options = new OfflineDedupeOptions { IdColumn = "contact_id", Map = OfflineDedupe.ParseMap(["family=LastName"]), Clusters = true };

        OfflineDedupe.Run(new StringReader(Export()), output, options, TestContext.Current.CancellationToken);

        var lines = output.ToString().ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(63, lines.Length);
        Assert.Equal(lines[1].Split(',')[1], lines[2].Split(',')[1]);
        Assert.StartsWith("dg-", lines[1].Split(',')[1]);
    }

    [Theory]
    [InlineData("given_name")]
    [InlineData("=FirstName")]
    [InlineData("given_name=")]
    public void ParseMap_Malformed_ErrorNamesEntry(string entry)
    {
        var error = Assert.Throws<DedupeInputException>(() => OfflineDedupe.ParseMap([entry]));
        Assert.Contains($"'{entry}'", error.Message);
    }

    [Fact]
    public void Run_NoUsableColumn_ErrorSaysHowToMap()
    {
        var error = Assert.Throws<DedupeInputException>(() =>
            OfflineDedupe.Run(new StringReader("id,foo\n1,x\n"), new StringWriter(), new OfflineDedupeOptions(), TestContext.Current.CancellationToken));
        Assert.Contains("--map", error.Message);
    }
}
