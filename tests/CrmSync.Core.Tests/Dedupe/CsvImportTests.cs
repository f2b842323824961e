using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.Core.Tests.Dedupe;

public class CsvImportTests
{
    [Fact]
    public void Read_RecognisedHeaders_MapsColumnsToFields()
    {
        const string csv = "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Notes\n1,Ana,Lima,ana@acme.com,415-555-2671,Acme Inc,hello\n";

        var import = DedupeCsvReader.Read(new StringReader(csv));

        var record = Assert.Single(import.Records);
        Assert.Equal("1", record.Id);
        Assert.Equal("Record ID", import.IdColumn);
        Assert.Equal("Ana", record.Get(FieldRole.FirstName));
        Assert.Equal("Acme Inc", record.Get(FieldRole.CompanyName));
        Assert.False(import.Columns.ContainsKey("Notes"));
    }

    [Fact]
    public void Read_QuotedFields_KeepsDelimitersQuotesAndLineBreaks()
    {
        const string csv = "id,name,address\n7,\"Smith, \"\"Jo\"\"\",\"1 Main St\nSuite 2\"\n8,Bo,x\n";

        var import = DedupeCsvReader.Read(new StringReader(csv), new CsvImportOptions { Map = new Dictionary<string, string> { ["name"] = "FullName" } });

        Assert.Equal("Smith, \"Jo\"", import.Records[0].Get(FieldRole.FullName));
        Assert.Equal("1 Main St\nSuite 2", import.Records[0].Get(FieldRole.Address));
        Assert.Equal("8", import.Records[1].Id);
    }

    [Fact]
    public void Read_PipeSeparatedWithSpaces_DetectsDelimiter()
    {
        var import = DedupeCsvReader.Read(new StringReader("id|name|city\n0|arnie morton's|los angeles\n"), new CsvImportOptions { Kind = RecordKind.Company });
        Assert.Equal("arnie morton's", import.Records[0].Get(FieldRole.CompanyName));
    }

    [Fact]
    public void Read_ExplicitMapOverridesAndIgnores()
    {
        const string csv = "id,given_name,surname,cluster\n1,Ana,Lima,7\n";
        var options = new CsvImportOptions { Map = new Dictionary<string, string> { ["surname"] = "FirstName", ["given_name"] = "ignore" } };

        var record = DedupeCsvReader.Read(new StringReader(csv), options).Records[0];

        Assert.Equal("Lima", record.Get(FieldRole.FirstName));
        Assert.Null(record.Get(FieldRole.LastName));
    }

    [Fact]
    public void Read_MapNamesUnknownColumn_ErrorListsHeader()
    {
        var options = new CsvImportOptions { Map = new Dictionary<string, string> { ["e_mail"] = "Email" } };

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader("id,email\n1,a@b.com\n"), options));

        Assert.Equal("e_mail", error.Column);
        Assert.Contains("the header has: id, email", error.Message);
    }

    [Fact]
    public void Read_MapNamesUnknownField_ErrorListsFields()
    {
        var options = new CsvImportOptions { Map = new Dictionary<string, string> { ["email"] = "Mailbox" } };
        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader("id,email\n1,a@b.com\n"), options));
        Assert.Contains("Unknown field 'Mailbox'", error.Message);
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_ErrorNamesLine()
    {
        const string csv = "id,first,last\n1,Ana,Lima\n2,Bo\n";

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader(csv)));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("Line 3: 2 fields, but the header has 3", error.Message);
    }

    [Fact]
    public void Read_UnclosedQuote_ErrorNamesLineWhereItOpened()
    {
        const string csv = "id,first\n1,Ana\n2,\"Bo\n3,Cy\n";
        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader(csv)));
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_ErrorNamesLine()
    {
        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader("id,first\n1,\"Ana\"x\n")));
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Read_DuplicateId_ErrorNamesBothLines()
    {
        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader("id,first\n1,Ana\n1,Bo\n")));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("already appeared on line 2", error.Message);
    }

    [Fact]
    public void Read_EmptyInput_ErrorAsksForHeader()
    {
        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(new StringReader("")));
        Assert.Contains("header", error.Message);
    }

    [Fact]
    public void MissingFile_MessageNamesPath() =>
        Assert.Contains("'/tmp/none.csv'", DedupeInputException.MissingFile("/tmp/none.csv").Message);

    [Fact]
    public void WritePairs_ReasonWithComma_Quoted()
    {
        var output = new StringWriter();

        var written = DedupeCsvWriter.WritePairs(output, [new DuplicatePair("1", "2", 0.98765, "agreed: email exact +9.0, name exact +6.0"), new DuplicatePair("3", "4", 0.2, "x")], 0.5);

        Assert.Equal(1, written);
        Assert.Equal("id_a,id_b,probability,reason\n1,2,0.9877,\"agreed: email exact +9.0, name exact +6.0\"\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WriteGroups_EveryRecordOneRow()
    {
        var output = new StringWriter();

        DedupeCsvWriter.WriteGroups(output, ["1", "2", "3"], [new DuplicateGroup("dg-x", "2", ["1", "2"], 0.9)]);

        var lines = output.ToString().ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(["id,group_id,is_primary,group_size,group_score", "1,dg-x,false,2,0.9000", "2,dg-x,true,2,0.9000", "3,,false,1,"], lines);
    }
}
