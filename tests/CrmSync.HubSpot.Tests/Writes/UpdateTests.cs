using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Writes;

public sealed class UpdateTests : WireMockTestBase
{
    private const string DealsUpdatePath = "/crm/v3/objects/deals/batch/update";

    private static RecordUpdate Update(string id, string? health = "72") =>
        new(id, new Dictionary<string, string?> { ["health"] = health });

    private static object Updated(string id) => new
    {
        id, properties = new { crmsync_health = "72" }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T10:00:00.120Z", archived = false,
    };

    [Fact]
    public async Task UpdateAsync_207_MapsEachErrorToTheRecordsInItsContextIds()
    {
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost()).RespondWith(Response.Create().WithStatusCode(207).WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[] { Updated("512") },
            numErrors = 1,
            errors = new[]
            {
                new { status = "error", category = "OBJECT_NOT_FOUND", message = "Could not find deal 999", context = new { ids = new[] { "999" } }, errors = Array.Empty<object>(), links = new { } },
            },
            startedAt = "2024-07-01T10:00:00.010Z",
            completedAt = "2024-07-01T10:00:00.130Z",
        }));
        var connector = Connect();

        var outcome = await connector.UpdateAsync("deals", [Update("512"), Update("999", "40")], Ct);

        Assert.Equal(["512"], outcome.Succeeded);
        var failure = Assert.Single(outcome.Failed);
        Assert.Equal(new RecordWriteError("999", "OBJECT_NOT_FOUND", "Could not find deal 999"), failure);
        Assert.Equal(1, outcome.Calls);
    }

    [Fact]
    public async Task UpdateAsync_250RecordsWithANullValue_SendsChunksOf100AndEmptyStringToClear()
    {
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { status = "COMPLETE", results = Array.Empty<object>() }));
        var connector = Connect();
        var updates = Enumerable.Range(1, 250).Select(i => Update(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i == 7 ? null : "1")).ToList();

        var outcome = await connector.UpdateAsync("deals", updates, Ct);

        Assert.Equal(3, outcome.Calls);
        Assert.Equal(250, outcome.Succeeded.Count);
        var bodies = Requests(DealsUpdatePath).Select(Body).ToList();
        Assert.Equal([100, 100, 50], bodies.Select(b => b.GetProperty("inputs").GetArrayLength()));
        var cleared = bodies[0].GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "7");
        Assert.Equal("", cleared.GetProperty("properties").GetProperty("crmsync_health").GetString());
    }

    [Fact]
    public async Task UpdateAsync_OneRefusedValueIn150Records_SplitsTheRejectedBatchAndWritesTheOther149()
    {
        var fake = new BatchUpdateFake(new HashSet<string> { "42" });
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost()).RespondWith(Response.Create().WithCallback(fake.Handle));
        var connector = Connect();
        var updates = Enumerable.Range(1, 150).Select(i => Update(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var outcome = await connector.UpdateAsync("deals", updates, Ct);

        var failure = Assert.Single(outcome.Failed);
        Assert.Equal("42", failure.RecordId);
        Assert.Equal("INVALID_INTEGER", failure.Code);
        Assert.Contains("40x is not a valid number", failure.Message);
        Assert.Contains("c033cdaa", failure.Message);
        Assert.Equal(149, outcome.Succeeded.Count);
        Assert.DoesNotContain("42", outcome.Succeeded);
        // Halving 100 down to the one record: 1 + 2 per level for 7 levels; then the second batch of 50.
        Assert.Equal(16, outcome.Calls);
        Assert.Equal(outcome.Calls, fake.Batches.Count);
        Assert.Equal(["42"], fake.Batches.Single(b => b.Count == 1 && b[0] == "42"));
    }

    [Fact]
    public async Task UpdateAsync_RejectionNamingItsIds_FailsThemAndResendsTheRestOnce()
    {
        var fake = new BatchUpdateFake(new HashSet<string> { "7", "70" }, nameIds: true);
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost()).RespondWith(Response.Create().WithCallback(fake.Handle));
        var connector = Connect();
        var updates = Enumerable.Range(1, 100).Select(i => Update(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var outcome = await connector.UpdateAsync("deals", updates, Ct);

        Assert.Equal(["7", "70"], outcome.Failed.Select(f => f.RecordId).Order());
        Assert.Equal(98, outcome.Succeeded.Count);
        Assert.Equal(2, outcome.Calls);
        Assert.Equal(98, fake.Batches[1].Count);
    }

    [Fact]
    public async Task UpdateAsync_EveryRecordRefused_FailsEachWithHubSpotsMessageInAtMost2nMinus1Calls()
    {
        var ids = Enumerable.Range(1, 150).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var fake = new BatchUpdateFake(ids.ToHashSet());
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost()).RespondWith(Response.Create().WithCallback(fake.Handle));
        var connector = Connect();

        var outcome = await connector.UpdateAsync("deals", ids.Select(id => Update(id)).ToList(), Ct);

        Assert.Equal(ids, outcome.Failed.Select(f => f.RecordId).Order(StringComparer.Ordinal).OrderBy(id => id.Length));
        Assert.All(outcome.Failed, f => Assert.Equal("INVALID_INTEGER", f.Code));
        Assert.Empty(outcome.Succeeded);
        Assert.Equal((2 * 100) - 1 + (2 * 50) - 1, outcome.Calls);
    }

    [Fact]
    public async Task UpdateAsync_ResultAnsweredUnderTheSurvivorsId_IsTheSentRecordsSuccessAndAnAlias()
    {
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost()).RespondWith(Response.Create().WithStatusCode(207).WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new object[]
            {
                new { id = "512", objectWriteTraceId = "512", properties = new { }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T10:00:00.120Z", archived = false },
                new { id = "9001", objectWriteTraceId = "702", properties = new { }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T10:00:00.120Z", archived = false },
            },
            numErrors = 1,
            errors = new[] { new { status = "error", category = "OBJECT_NOT_FOUND", message = "Could not find deal 999", context = new { ids = new[] { "999" } } } },
        }));
        var connector = Connect();

        var outcome = await connector.UpdateAsync("deals", [Update("512"), Update("702"), Update("999")], Ct);

        Assert.Equal(["512", "702"], outcome.Succeeded);
        Assert.Equal("999", Assert.Single(outcome.Failed).RecordId);
        Assert.Equal(new Dictionary<string, string> { ["702"] = "9001" }, outcome.Aliases);
        var inputs = Body(Requests(DealsUpdatePath).Single()).GetProperty("inputs").EnumerateArray().ToList();
        Assert.All(inputs, i => Assert.Equal(i.GetProperty("id").GetString(), i.GetProperty("objectWriteTraceId").GetString()));
    }

    [Fact]
    public async Task UpdateAsync_SameRecordTwice_SendsOneMergedInput()
    {
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { status = "COMPLETE", results = Array.Empty<object>() }));
        var connector = Connect();

        await connector.UpdateAsync("deals", [
            new RecordUpdate("512", new Dictionary<string, string?> { ["health"] = "1" }),
            new RecordUpdate("512", new Dictionary<string, string?> { ["stage_age_days"] = "12" })], Ct);

        var input = Body(Requests(DealsUpdatePath).Single()).GetProperty("inputs").EnumerateArray().Single();
        Assert.Equal("1", input.GetProperty("properties").GetProperty("crmsync_health").GetString());
        Assert.Equal("12", input.GetProperty("properties").GetProperty("crmsync_stage_age_days").GetString());
    }

    [Fact]
    public async Task UpdateAsync_ServerErrorOnce_RetriesTheIdempotentBatch()
    {
        Server.Given(Request.Create().WithPath(DealsUpdatePath).UsingPost()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            new ResponseSequence.Step(500, null),
            ResponseSequence.Step.Json(200, new { status = "COMPLETE", results = new[] { Updated("512") } })).Next));
        var connector = Connect();

        var outcome = await connector.UpdateAsync("deals", [Update("512")], Ct);

        Assert.Equal(["512"], outcome.Succeeded);
        Assert.Equal(2, Requests(DealsUpdatePath).Count);
    }

    [Theory]
    [InlineData("owner_id")]
    [InlineData("crmsync_health")]
    [InlineData("dealstage")]
    [InlineData("Health")]
    public async Task UpdateAsync_KeyThatIsNotAComputedKey_ThrowsNamingItBeforeAnyCall(string key)
    {
        var connector = Connect();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => connector.UpdateAsync("deals",
            [Update("512"), new RecordUpdate("513", new Dictionary<string, string?> { [key] = "1" })], Ct));

        Assert.Contains($"'{key}'", error.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task UpdateAsync_Leads_IsRejectedBeforeAnyCall()
    {
        var connector = Connect();

        await Assert.ThrowsAsync<ArgumentException>(() => connector.UpdateAsync("leads", [Update("1")], Ct));

        Assert.Empty(Server.LogEntries);
    }
}
