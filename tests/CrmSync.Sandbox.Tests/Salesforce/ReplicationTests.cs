using System.Net;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class ReplicationTests : SalesforceTestBase
{
    internal override SalesforceOrgOptions CreateOptions()
    {
        var options = SalesforceClient.Options(records: 1_000);
        options.ReplicationIdLimit = 100;
        return options;
    }

    [Fact]
    public async Task Updated_Window_ListsLiveRecordsWhoseSystemModstampFallsInItSecondsIgnored()
    {
        var end = Org.Clock.GetUtcNow();
        var start = end.AddDays(-3);
        var expected = Org.State.Query($"SELECT Id FROM Account WHERE SystemModstamp >= {Minute(start)} AND SystemModstamp < {Minute(end)}").Select(r => (string)r["Id"]!).ToList();

        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Account/updated/?start={Iso(start.AddSeconds(37))}&end={Iso(end.AddSeconds(-20))}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), result.Json.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal($"{end.AddMinutes(-1):yyyy-MM-ddTHH:mm}:00.000+0000", result.Json.GetProperty("latestDateCovered").GetString());
    }

    [Fact]
    public async Task Updated_AfterAnApiWrite_ListsTheRecord()
    {
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY SystemModstamp LIMIT 1");
        var start = Org.Clock.GetUtcNow();
        Org.Clock.Advance(TimeSpan.FromMinutes(2));
        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Contact/{id}", """{"Title":"Chief Tester"}""");
        Org.Clock.Advance(TimeSpan.FromMinutes(2));

        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Contact/updated/?start={Iso(start)}&end={Iso(Org.Clock.GetUtcNow())}");

        Assert.Equal([id], result.Json.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Deleted_Window_ListsDeletionsWithDatesAndEarliestDateAvailable()
    {
        var id = Org.FirstId("SELECT Id FROM Lead WHERE IsConverted = false ORDER BY Id LIMIT 1");
        await Org.DeleteAsync($"{SalesforceClient.Data}/sobjects/Lead/{id}");
        Org.Clock.Advance(TimeSpan.FromMinutes(1));

        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Lead/deleted/?start={Iso(Org.Clock.GetUtcNow().AddDays(-14))}&end={Iso(Org.Clock.GetUtcNow())}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var deleted = result.Json.GetProperty("deletedRecords").EnumerateArray().ToList();
        Assert.Contains(deleted, d => d.GetProperty("id").GetString() == id && d.GetProperty("deletedDate").GetString() == $"{SalesforceClient.Options().TimeProvider.GetUtcNow():yyyy-MM-ddTHH:mm:ss}.000+0000");
        Assert.Equal(Org.State.Query("SELECT Id FROM Lead WHERE IsDeleted = true", includeDeleted: true).Count, deleted.Count);
        Assert.Equal($"{Org.State.SeededAt.AddDays(-15):yyyy-MM-ddTHH:mm}:00.000+0000", result.Json.GetProperty("earliestDateAvailable").GetString());

        Org.Clock.Advance(TimeSpan.FromDays(3));
        await Org.AuthenticateAsync();
        Org.State.EmptyRecycleBin(Org.Clock.GetUtcNow().AddDays(-2));
        var purged = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Lead/deleted/?start={Iso(Org.Clock.GetUtcNow().AddDays(-14))}&end={Iso(Org.Clock.GetUtcNow())}");
        Assert.Equal($"{Org.Clock.GetUtcNow().AddDays(-2):yyyy-MM-ddTHH:mm}:00.000+0000", purged.Json.GetProperty("earliestDateAvailable").GetString());
        Assert.DoesNotContain(purged.Json.GetProperty("deletedRecords").EnumerateArray(), d => d.GetProperty("id").GetString() == id);
        Assert.Empty(Org.State.Query($"SELECT Id FROM Lead WHERE Id = '{id}'", includeDeleted: true));
    }

    [Theory]
    [InlineData("updated", 31)]
    [InlineData("deleted", 16)]
    public async Task Window_StartBeyondRetention_Returns400InvalidReplicationDate(string kind, int daysBack)
    {
        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Contact/{kind}/?start={Iso(Org.Clock.GetUtcNow().AddDays(-daysBack))}&end={Iso(Org.Clock.GetUtcNow())}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("INVALID_REPLICATION_DATE", result.Json[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Updated_MoreIdsThanTheLimit_Returns400ExceededIdLimit()
    {
        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Contact/updated/?start={Iso(Org.Clock.GetUtcNow().AddDays(-29))}&end={Iso(Org.Clock.GetUtcNow())}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("EXCEEDED_ID_LIMIT", result.Json[0].GetProperty("errorCode").GetString());
    }

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    private static string Minute(DateTimeOffset at) => $"{at.UtcDateTime:yyyy-MM-ddTHH:mm}:00Z";
}
