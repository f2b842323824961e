using System.Net;
using System.Text;

namespace CrmSync.Sandbox.Tests.Salesforce;

/// <summary>Quoted string escapes of salesforce-api.md §3.2, through the HTTP query endpoint.</summary>
public sealed class SoqlEscapeTests : SalesforceTestBase
{
    private const string Tricky = "O'Brien \\ 100% _done_ \"quoted\"\tend";

    [Fact]
    public async Task Equals_ValueWithQuoteBackslashAndPercentEscapedPerReference_MatchesLiterallyAndOnlyThatRecord()
    {
        var target = await CreateAccountAsync(Tricky);
        await CreateAccountAsync("O'Brien \\ 1000 xdonex \"quoted\"\tend");

        var result = await Org.QueryAsync($"SELECT Id, Name FROM Account WHERE Name = {Quote(Tricky)}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var record = Assert.Single(result.Json.GetProperty("records").EnumerateArray());
        Assert.Equal(target, record.GetProperty("Id").GetString());
        Assert.Equal(Tricky, record.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Like_EscapedPercentAndUnderscore_MatchLiterallyWhileBareOnesAreWildcards()
    {
        var target = await CreateAccountAsync("Margin 100% _net_");
        await CreateAccountAsync("Margin 1000 xnetx");
        var literal = Quote("Margin 100% _net_").Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

        var exact = await Org.QueryAsync($"SELECT Id FROM Account WHERE Name LIKE {literal}");
        var wild = await Org.QueryAsync("SELECT Id FROM Account WHERE Name LIKE 'margin 100%_net_'");

        Assert.Equal([target], exact.Json.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString()));
        Assert.Equal(2, wild.Json.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task UnicodeAndControlEscapes_DecodeToTheCharacters()
    {
        var target = await CreateAccountAsync("Café\nNord\r\f\b");

        var result = await Org.QueryAsync("SELECT Id FROM Account WHERE Name = 'Caf\\u00e9\\NNord\\r\\F\\b'");

        Assert.Equal(target, Assert.Single(result.Json.GetProperty("records").EnumerateArray()).GetProperty("Id").GetString());
    }

    [Theory]
    [InlineData("SELECT Id FROM Account WHERE Name = 'a\\xb'")]
    [InlineData("SELECT Id FROM Account WHERE Name = '100\\%'")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'under\\_score'")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'bad \\u12'")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'unterminated")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'O'Brien'")]
    public async Task InvalidEscapeOrQuote_Returns400MalformedQuery(string soql)
    {
        var result = await Org.QueryAsync(soql);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("MALFORMED_QUERY", result.Json[0].GetProperty("errorCode").GetString());
    }

    /// <summary>The reference's SoqlQuote (salesforce-api.md §3.2), as a connector would write it.</summary>
    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => @"\\", '\'' => @"\'", '"' => "\\\"",
                '\n' => @"\n", '\r' => @"\r", '\t' => @"\t", '\b' => @"\b", '\f' => @"\f",
                _ => c.ToString(),
            });
        }

        return sb.Append('\'').ToString();
    }

    private async Task<string> CreateAccountAsync(string name)
    {
        var result = await Org.PostAsync($"{SalesforceClient.Data}/sobjects/Account", System.Text.Json.JsonSerializer.Serialize(new { Name = name }));
        Assert.Equal(HttpStatusCode.Created, result.Status);
        return result.Json.GetProperty("id").GetString()!;
    }
}
