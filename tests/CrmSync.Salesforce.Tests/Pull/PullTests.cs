using System.Globalization;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Pull;

/// <summary>Pulls against the fake org: canonical records, stage history, conversions, deletions, checkpoints.</summary>
public class PullTests
{
    private static PullRequest Deals(string? cursor = null, PullMode mode = PullMode.Full) => new(CrmObjectTypes.Deals, mode, cursor,
        [CanonicalFields.Name, CanonicalFields.Stage, CanonicalFields.CurrentStageEnteredAt, CanonicalFields.StageEnteredAt("Prospecting"), "days_in_stage"],
        [CanonicalFields.Stage], [CrmObjectTypes.Companies, CrmObjectTypes.Contacts]);

    [Fact]
    public async Task FullPull_Opportunities_CarryStageHistoryEntryDatesAndContactRoles()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var records = (await SalesforceTestConnector.PullAllAsync(connector, Deals())).SelectMany(p => p.Records).ToList();

        var live = records.Where(r => !r.Archived).ToList();
        Assert.Equal(org.State.Count("Opportunity"), live.Count);
        foreach (var deal in live.Take(25))
        {
            var rows = org.State.Query($"SELECT StageName, CreatedDate FROM OpportunityHistory WHERE OpportunityId = '{deal.Id}' ORDER BY CreatedDate");
            var stages = rows.Select(r => (string)r["StageName"]!).Where((s, i) => i == 0 || s != (string)rows[i - 1]["StageName"]!).ToList();
            Assert.Equal(stages, deal.History[CanonicalFields.Stage].Select(h => h.Value));
            var current = deal.Get(CanonicalFields.Stage)!;
            var lastEntry = deal.History[CanonicalFields.Stage].Last(h => h.Value == current).Timestamp;
            Assert.Equal(lastEntry, DateTimeOffset.Parse(deal.Get(CanonicalFields.CurrentStageEnteredAt)!, CultureInfo.InvariantCulture));
            var roles = org.State.Query($"SELECT ContactId FROM OpportunityContactRole WHERE OpportunityId = '{deal.Id}'").Select(r => (string)r["ContactId"]!);
            Assert.Equal(roles.Order(), deal.Associations[CrmObjectTypes.Contacts].Order());
            Assert.DoesNotContain(deal.Properties.Keys, k => k.Contains("__c", StringComparison.Ordinal) || char.IsUpper(k[0]));
        }

        Assert.Contains(live, d => d.Get(CanonicalFields.StageEnteredAt("Prospecting")) is not null);
    }

    [Fact]
    public async Task Leads_AreMappedToPersonFields_AndConvertedLeadsAreArchivedWithTheirLinks()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var request = new PullRequest(CrmObjectTypes.Leads, PullMode.Full, null,
            [CanonicalFields.FirstName, CanonicalFields.LastName, CanonicalFields.Email, CanonicalFields.CompanyName, CanonicalFields.DateOfBirth], [], []);

        var leads = (await SalesforceTestConnector.PullAllAsync(connector, request)).SelectMany(p => p.Records).ToList();

        var converted = org.State.Query("SELECT Id, ConvertedContactId FROM Lead WHERE IsConverted = true");
        Assert.NotEmpty(converted);
        foreach (var row in converted)
        {
            var lead = leads.Single(l => l.Id == (string)row["Id"]!);
            Assert.True(lead.Archived);
            Assert.Equal("true", lead.Get(CanonicalFields.IsConverted));
            Assert.Equal((string)row["ConvertedContactId"]!, lead.Get(CanonicalFields.ConvertedContactId));
        }

        Assert.All(leads.Where(l => !l.Archived), l => Assert.False(string.IsNullOrEmpty(l.Get(CanonicalFields.LastName))));
        Assert.Contains(leads, l => l.Get(CanonicalFields.CompanyName) is { Length: > 0 });
    }

    [Fact]
    public async Task FullPull_ResumedFromAPageCheckpoint_MissesAndRepeatsNothing()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(records: 1_000);
        var options = SalesforceTestConnector.For(org);
        options.QueryBatchSize = 200;
        var connector = SalesforceTestConnector.Create(options);
        var request = new PullRequest(CrmObjectTypes.Contacts, PullMode.Full, null, [CanonicalFields.Email, CanonicalFields.CompanyName], [], []);

        var first = new List<PulledPage>();
        await foreach (var page in connector.PullAsync(request, TestContext.Current.CancellationToken))
        {
            first.Add(page);
            if (first.Count == 2)
                break;    // the process "dies" after saving two pages
        }

        var rest = await SalesforceTestConnector.PullAllAsync(connector, request with { Cursor = first[^1].Cursor });
        var ids = first.Concat(rest).SelectMany(p => p.Records).Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(org.State.Query("SELECT Id FROM Contact", includeDeleted: true).Count, ids.Count);
        Assert.Contains(ids.Select(id => first.Concat(rest).SelectMany(p => p.Records).First(r => r.Id == id)), r => r.Get(CanonicalFields.CompanyName) is { Length: > 0 });
    }

    [Fact]
    public async Task IncrementalPull_ReadsChangesAndReportsDeletionsAsGone()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var request = new PullRequest(CrmObjectTypes.Contacts, PullMode.Full, null, [CanonicalFields.Email], [], []);
        var full = await SalesforceTestConnector.PullAllAsync(connector, request);
        var live = full.SelectMany(p => p.Records).Where(r => !r.Archived).ToList();

        org.State.UpdateAsUser(live[0].Id, new Dictionary<string, object?> { ["Email"] = "changed@example.org" });
        org.State.DeleteAsUser(live[1].Id);
        var incremental = await SalesforceTestConnector.PullAllAsync(connector, request with { Mode = PullMode.Incremental, Cursor = full[^1].Cursor });

        var changed = incremental.SelectMany(p => p.Records).Single(r => r.Id == live[0].Id);
        Assert.Equal("changed@example.org", changed.Get(CanonicalFields.Email));
        Assert.Contains(live[1].Id, incremental.SelectMany(p => p.GoneIds));
        Assert.DoesNotContain(incremental.SelectMany(p => p.Records), r => r.Id == live[1].Id);
        Assert.True(incremental.SelectMany(p => p.Records).Count() < live.Count / 2, "an incremental pull reads the changed records, not all");
        Assert.Single(org.State.FindRequests("GET", "/deleted/"));
    }

    [Fact]
    public async Task MissingComputedField_ComesBackEmpty_InsteadOfFailingTheQuery()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.CustomFields = []);
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var records = (await SalesforceTestConnector.PullAllAsync(connector, new PullRequest(CrmObjectTypes.Contacts, PullMode.Full, null, ["duplicate_group"], [], [])))
            .SelectMany(p => p.Records).ToList();

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Null(r.Get("duplicate_group")));
    }

    [Fact]
    public async Task UnknownKeysAndHistories_FailBeforeAnyCall()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        org.State.ClearRequestLog();

        await Assert.ThrowsAsync<ArgumentException>(() => SalesforceTestConnector.PullAllAsync(connector, new(CrmObjectTypes.Deals, PullMode.Full, null, ["StageName"], [], [])));
        await Assert.ThrowsAsync<ArgumentException>(() => SalesforceTestConnector.PullAllAsync(connector, new(CrmObjectTypes.Contacts, PullMode.Full, null, [CanonicalFields.Amount], [], [])));
        await Assert.ThrowsAsync<ArgumentException>(() => SalesforceTestConnector.PullAllAsync(connector, new(CrmObjectTypes.Contacts, PullMode.Full, null, [], [CanonicalFields.Email], [])));
        Assert.Empty(org.State.RequestLog);
    }

    [Fact]
    public async Task OwnersAndStages_MapToCanonicalOwnersAndOnePipeline()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;

        var owners = await connector.GetOwnersAsync(ct);
        var pipeline = Assert.Single(await connector.GetPipelinesAsync(CrmObjectTypes.Deals, ct));

        Assert.Equal(org.State.Query("SELECT Id FROM User").Count, owners.Count);
        Assert.Contains(owners, o => o.Archived);
        Assert.True(pipeline.FindStage("Closed Won")!.IsWon);
        Assert.False(pipeline.FindStage("Closed Lost")!.IsWon);
        Assert.True(pipeline.FindStage("Closed Lost")!.IsClosed);
        Assert.False(pipeline.FindStage("Prospecting")!.IsClosed);
        // A retired stage is kept (old opportunities may hold it) but marked: stage criteria never count it as skipped.
        Assert.True(pipeline.FindStage("Prospecting")!.IsActive);
        Assert.False(pipeline.FindStage("Legacy Discovery")!.IsActive);
    }
}
