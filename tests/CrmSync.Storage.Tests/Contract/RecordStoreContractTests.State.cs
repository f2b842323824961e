using CrmSync.Core.Alerts;
using CrmSync.Core.Records;
using CrmSync.Core.WriteBack;

namespace CrmSync.Storage.Tests.Contract;

public abstract partial class RecordStoreContractTests
{
    [Fact]
    public async Task GetCursorAsync_NeverSet_ReturnsNull()
    {
        Assert.Null(await Store.GetCursorAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    [Fact]
    public async Task SetCursorAsync_SetTwice_GetReturnsLatestPerObjectType()
    {
        await Store.SetCursorAsync(Connector, CrmObjectTypes.Contacts, "2024-01-01T00:00:00Z", Ct);
        await Store.SetCursorAsync(Connector, CrmObjectTypes.Deals, "deal-cursor", Ct);
        await Store.SetCursorAsync(Connector, CrmObjectTypes.Contacts, "2024-02-01T00:00:00Z", Ct);

        Assert.Equal("2024-02-01T00:00:00Z", await Store.GetCursorAsync(Connector, CrmObjectTypes.Contacts, Ct));
        Assert.Equal("deal-cursor", await Store.GetCursorAsync(Connector, CrmObjectTypes.Deals, Ct));
    }

    [Fact]
    public async Task GetDocumentAsync_NeverSet_ReturnsNull()
    {
        Assert.Null(await Store.GetDocumentAsync(Connector, "owners", Ct));
    }

    [Fact]
    public async Task SetDocumentAsync_SetTwice_GetReturnsLatestTextUnchanged()
    {
        const string Latest = """{"z": 1, "a": [ {"id": "7", "label": "Zürich \"HQ\""} ]}""";
        await Store.SetDocumentAsync(Connector, "pipelines:deals", """{"old": true}""", Ct);
        await Store.SetDocumentAsync(Connector, "pipelines:deals", Latest, Ct);
        await Store.SetDocumentAsync(Connector, "owners", "[]", Ct);

        Assert.Equal(Latest, await Store.GetDocumentAsync(Connector, "pipelines:deals", Ct));
        Assert.Equal("[]", await Store.GetDocumentAsync(Connector, "owners", Ct));
    }

    [Fact]
    public async Task SetDocumentAsync_InvalidJson_ThrowsNamingKeyAndConnector()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SetDocumentAsync(Connector, "owners", "{not json", Ct));

        Assert.Contains("'owners'", error.Message);
        Assert.Contains(Connector, error.Message);
        Assert.Null(await Store.GetDocumentAsync(Connector, "owners", Ct));
    }

    [Fact]
    public async Task SaveWrittenAsync_NewAndUpdatedStates_GetReturnsLatestByRecordIdForTheType()
    {
        await Store.SaveWrittenAsync(Connector,
            [
                new WrittenState(CrmObjectTypes.Contacts, "1", "fp-1", new Dictionary<string, string?> { ["crmsync_score"] = "10" }),
                new WrittenState(CrmObjectTypes.Contacts, "2", "fp-2", new Dictionary<string, string?> { ["crmsync_score"] = null }),
                new WrittenState(CrmObjectTypes.Deals, "1", "fp-deal", new Dictionary<string, string?>()),
            ],
            Ct);
        await Store.SaveWrittenAsync(Connector,
            [new WrittenState(CrmObjectTypes.Contacts, "1", "fp-1b", new Dictionary<string, string?> { ["crmsync_score"] = "11", ["crmsync_dup"] = "yes" })],
            Ct);

        var written = await Store.GetWrittenAsync(Connector, CrmObjectTypes.Contacts, Ct);

        Assert.Equal(["1", "2"], written.Keys.Order());
        Assert.Equal("fp-1b", written["1"].Fingerprint);
        Assert.Equal(CrmObjectTypes.Contacts, written["1"].ObjectType);
        Assert.Equal([new("crmsync_dup", "yes"), new KeyValuePair<string, string?>("crmsync_score", "11")],
            written["1"].Values.OrderBy(v => v.Key, StringComparer.Ordinal));
        Assert.Null(written["2"].Values["crmsync_score"]);
        Assert.Equal("fp-deal", Assert.Single(await Store.GetWrittenAsync(Connector, CrmObjectTypes.Deals, Ct)).Value.Fingerprint);
    }

    [Fact]
    public async Task SaveAlertAsync_NewThenResolved_GetReturnsLatestStatePerKey()
    {
        var opened = new AlertState("stale-deal:501", "stale-deal", CrmObjectTypes.Deals, "501", "task-9", AlertStatus.Open,
            TestRecords.Created, null);
        var other = new AlertState("dup:1", "duplicate", CrmObjectTypes.Contacts, "1", null, AlertStatus.Open,
            TestRecords.Updated, null);
        await Store.SaveAlertAsync(Connector, opened, Ct);
        await Store.SaveAlertAsync(Connector, other, Ct);

        var resolved = opened with { Status = AlertStatus.Resolved, ResolvedAt = TestRecords.Updated.AddHours(1) };
        await Store.SaveAlertAsync(Connector, resolved, Ct);

        var alerts = await Store.GetAlertsAsync(Connector, Ct);
        Assert.Equal(2, alerts.Count);
        Assert.Equal(resolved, alerts.Single(a => a.Key == opened.Key));
        Assert.Equal(other, alerts.Single(a => a.Key == other.Key));
    }

    [Fact]
    public async Task SaveAlertAsync_PendingIntentThenOpen_KeepsTheIntentUntilTheTaskIdReplacesIt()
    {
        var intent = new AlertState("stage_age_exceeded:deals:501:proposal:2025-03-10", "stage_age_exceeded", CrmObjectTypes.Deals, "501",
            TaskId: null, AlertStatus.Pending, TestRecords.Created, ResolvedAt: null);
        await Store.SaveAlertAsync(Connector, intent, Ct);

        Assert.Equal(intent, Assert.Single(await Store.GetAlertsAsync(Connector, Ct)));

        var open = intent with { TaskId = "88001", Status = AlertStatus.Open, CreatedAt = TestRecords.Updated };
        await Store.SaveAlertAsync(Connector, open, Ct);

        Assert.Equal(open, Assert.Single(await Store.GetAlertsAsync(Connector, Ct)));
    }

    [Theory]
    [InlineData(AlertStatus.Deferred)]
    [InlineData(AlertStatus.Backlog)]
    [InlineData(AlertStatus.Digested)]
    public async Task SaveAlertAsync_HeldAlertWithOwnerAndReason_ThenCreatedAndAcknowledged_RoundTrips(AlertStatus held)
    {
        var waiting = new AlertState("stage_age_exceeded:deals:501:proposal:2025-03-10", "stage_age_exceeded", CrmObjectTypes.Deals, "501",
            TaskId: null, held, TestRecords.Created, ResolvedAt: null)
        {
            OwnerId = "64492917",
            Reason = "budget: Alerts:Budget:MaxNewTasksPerOwnerPerDay (20) reached for owner 64492917 today (UTC)",
        };
        await Store.SaveAlertAsync(Connector, waiting, Ct);

        Assert.Equal(waiting, Assert.Single(await Store.GetAlertsAsync(Connector, Ct)));

        var acknowledged = waiting with { TaskId = "88001", Status = AlertStatus.Open, Reason = null, AcknowledgedAt = TestRecords.Updated };
        await Store.SaveAlertAsync(Connector, acknowledged, Ct);

        Assert.Equal(acknowledged, Assert.Single(await Store.GetAlertsAsync(Connector, Ct)));
    }

    [Fact]
    public async Task GetAlertsAsync_NoAlerts_ReturnsEmpty()
    {
        Assert.Empty(await Store.GetAlertsAsync(Connector, Ct));
    }

    [Fact]
    public async Task EveryRead_OtherConnectorsData_IsNotVisible()
    {
        var other = TestRecords.NewConnector();
        await Store.UpsertRecordsAsync(other, [TestRecords.Contact("1", "a@x.com")], Ct);
        await Store.SetCursorAsync(other, CrmObjectTypes.Contacts, "c", Ct);
        await Store.SetDocumentAsync(other, "owners", "[]", Ct);
        await Store.SaveWrittenAsync(other, [new WrittenState(CrmObjectTypes.Contacts, "1", "fp", new Dictionary<string, string?>())], Ct);
        await Store.SaveAlertAsync(other, new AlertState("k", "t", CrmObjectTypes.Contacts, "1", null, AlertStatus.Open, TestRecords.Created, null), Ct);
        await Store.StartRunAsync(new RunStart(other, "sync", false, TestRecords.Created), Ct);

        Assert.Equal(0, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
        Assert.Null(await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "1", Ct));
        Assert.Empty(await Store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: true, Ct).ToListAsync(Ct));
        Assert.Null(await Store.GetCursorAsync(Connector, CrmObjectTypes.Contacts, Ct));
        Assert.Null(await Store.GetDocumentAsync(Connector, "owners", Ct));
        Assert.Empty(await Store.GetWrittenAsync(Connector, CrmObjectTypes.Contacts, Ct));
        Assert.Empty(await Store.GetAlertsAsync(Connector, Ct));
        Assert.Empty(await Store.ListRunsAsync(Connector, 10, Ct));
        Assert.Equal(1, await Store.CountRecordsAsync(other, CrmObjectTypes.Contacts, Ct));
    }
}
