using System.Net;
using System.Text.Json;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class SoqlQueryTests : SalesforceTestBase
{
    [Fact]
    public async Task Select_FieldsAndParentRelationships_ReturnsTypedValuesInSelectOrderWithNestedAttributes()
    {
        var result = await Org.QueryAsync("SELECT Id, Account.Name, Name, Amount, CloseDate, IsClosed, SystemModstamp, Owner.Name, Account.Owner.Email FROM Opportunity WHERE Amount != null LIMIT 1");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var record = result.Json.GetProperty("records")[0];
        Assert.Equal(["attributes", "Id", "Account", "Name", "Amount", "CloseDate", "IsClosed", "SystemModstamp", "Owner"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Opportunity", record.GetProperty("attributes").GetProperty("type").GetString());
        Assert.Equal($"/services/data/v60.0/sobjects/Opportunity/{record.GetProperty("Id").GetString()}", record.GetProperty("attributes").GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Number, record.GetProperty("Amount").ValueKind);
        Assert.EndsWith(".0", record.GetProperty("Amount").GetRawText(), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", record.GetProperty("CloseDate").GetString());
        Assert.True(record.GetProperty("IsClosed").ValueKind is JsonValueKind.True or JsonValueKind.False);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$", record.GetProperty("SystemModstamp").GetString());
        var account = record.GetProperty("Account");
        Assert.Equal("Account", account.GetProperty("attributes").GetProperty("type").GetString());
        Assert.Equal(["attributes", "Name", "Owner"], account.EnumerateObject().Select(p => p.Name));
        Assert.Contains("@", account.GetProperty("Owner").GetProperty("Email").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(record.GetProperty("Owner").GetProperty("Name").GetString()));
    }

    [Fact]
    public async Task Where_ComparisonsInLikeAndOrNotParentheses_MatchWhatTheStateHolds()
    {
        var stages = new[] { "Closed Won", "Closed Lost" };
        var cutoff = Org.State.SeededAt.AddDays(-30).UtcDateTime;
        var all = Org.State.Query("SELECT Id, StageName, Amount, CloseDate, CreatedDate, Name FROM Opportunity");
        var expected = all.Where(r => (stages.Contains((string)r["StageName"]!) || ((double?)r["Amount"] ?? 0) >= 50_000)
                && !((DateTime)r["CreatedDate"]! > cutoff) && (DateOnly)r["CloseDate"]! <= new DateOnly(2025, 12, 31))
            .Select(r => (string)r["Id"]!).Order(StringComparer.Ordinal).ToList();

        var result = await Org.QueryAsync($"SELECT Id FROM Opportunity WHERE (StageName IN ('Closed Won', 'Closed Lost') OR Amount >= 50000) AND NOT CreatedDate > {cutoff:yyyy-MM-ddTHH:mm:ss}Z AND CloseDate <= 2025-12-31 ORDER BY Id");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(result));
        var like = await Org.QueryAsync("SELECT Id, Name FROM Account WHERE Name LIKE '%harbor%' AND Name != 'x'");
        Assert.NotEmpty(Ids(like));
        Assert.All(like.Json.GetProperty("records").EnumerateArray(), r => Assert.Contains("harbor", r.GetProperty("Name").GetString()!, StringComparison.OrdinalIgnoreCase));
        var notIn = await Org.QueryAsync("SELECT Id FROM Opportunity WHERE StageName NOT IN ('Closed Won', 'Closed Lost')");
        Assert.Equal(all.Count(r => !stages.Contains((string)r["StageName"]!)), notIn.Json.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task OrderBy_MultipleColumnsDescAndNulls_SortsLikeSalesforce()
    {
        var result = await Org.QueryAsync("SELECT Id, StageName, Amount FROM Opportunity ORDER BY StageName ASC, Amount DESC NULLS LAST, Id LIMIT 400");

        var rows = result.Json.GetProperty("records").EnumerateArray()
            .Select(r => (Stage: r.GetProperty("StageName").GetString()!, Amount: r.GetProperty("Amount").ValueKind == JsonValueKind.Null ? (double?)null : r.GetProperty("Amount").GetDouble()))
            .ToList();
        Assert.Equal(rows.Count, Math.Min(400, Org.State.Count("Opportunity")));
        for (var i = 1; i < rows.Count; i++)
        {
            var stage = string.Compare(rows[i - 1].Stage, rows[i].Stage, StringComparison.OrdinalIgnoreCase);
            Assert.True(stage <= 0);
            if (stage == 0 && rows[i - 1].Amount is null)
            {
                Assert.Null(rows[i].Amount);
            }
            else if (stage == 0 && rows[i].Amount is { } amount)
            {
                Assert.True(rows[i - 1].Amount >= amount);
            }
        }

        Assert.Equal(5, (await Org.QueryAsync("SELECT Id FROM Contact LIMIT 5")).Json.GetProperty("records").GetArrayLength());
        var count = await Org.QueryAsync("SELECT COUNT() FROM Contact");
        Assert.Equal(Org.State.Count("Contact"), count.Json.GetProperty("totalSize").GetInt32());
        Assert.Equal(0, count.Json.GetProperty("records").GetArrayLength());
    }

    [Theory]
    [InlineData("SELECT Id, Nmae FROM Contact", "INVALID_FIELD", "No such column 'Nmae' on entity 'Contact'")]
    [InlineData("SELECT Id FROM Contact WHERE Acount.Name = 'x'", "INVALID_FIELD", "Didn't understand relationship 'Acount'")]
    [InlineData("SELECT Id FROM Contacts", "INVALID_TYPE", "sObject type 'Contacts' is not supported")]
    [InlineData("SELECT Id FROM Contact WHERE", "MALFORMED_QUERY", "unexpected token")]
    [InlineData("SELECT Id FROM Contact WHERE LastName = 'a' AND FirstName = 'b' OR Email = 'c'", "MALFORMED_QUERY", "unexpected token: 'OR'")]
    [InlineData("SELECT Id FROM Contact WHERE CreatedDate > '2024-07-01T00:00:00Z'", "INVALID_QUERY_FILTER_OPERATOR", "must be of type dateTime and should not be enclosed in quotes")]
    [InlineData("SELECT Id FROM Opportunity WHERE CloseDate > 2024-07-01T00:00:00Z", "INVALID_QUERY_FILTER_OPERATOR", "must be of type date")]
    [InlineData("SELECT Id FROM Contact WHERE AccountId = 'abc'", "INVALID_QUERY_FILTER_OPERATOR", "invalid ID field: abc")]
    [InlineData("SELECT Id, Id FROM Contact", "INVALID_FIELD", "duplicate field selected: Id")]
    public async Task BadQuery_Returns400WithSalesforceErrorCode(string soql, string code, string message)
    {
        var result = await Org.QueryAsync(soql);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        var error = Assert.Single(result.Json.EnumerateArray());
        Assert.Equal(code, error.GetProperty("errorCode").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_IdIn15Or18CharactersAnyCase_MatchesTheRecord()
    {
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY Id DESC LIMIT 1");

        var result = await Org.QueryAsync($"SELECT Id FROM Contact WHERE Id IN ('{id[..15]}', '{id.ToLowerInvariant()}')");

        Assert.Equal([id], Ids(result));
    }

    private static List<string> Ids(Infrastructure.ApiResult result) =>
        result.Json.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString()!).ToList();
}
