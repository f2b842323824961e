using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Tests.Support;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Salesforce.Tests.Pull;

/// <summary>
/// A contact role added or deleted changes no SystemModstamp of its opportunity or contact: the incremental pull finds
/// it through OpportunityContactRole's own SystemModstamp (queryAll, so deletions count) and reports the current
/// associations of the records concerned.
/// </summary>
public class ContactRoleChangeTests
{
    private static readonly PullRequest Deals = new(CrmObjectTypes.Deals, PullMode.Full, null, [CanonicalFields.Name], [], [CrmObjectTypes.Contacts]);

    [Fact]
    public async Task IncrementalPull_OfDeals_ReportsTheCurrentContactsOfOpportunitiesWhoseRolesChanged_WithoutReReadingThem()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();

        var (change, _, pages) = await PullAcrossARoleChangeAsync(org, Deals);

        var reported = pages.SelectMany(p => p.Associations).ToDictionary(a => a.Id, a => a.ByType[CrmObjectTypes.Contacts]);
        Assert.Equal(change.ContactsOf(change.LostOpportunity), reported[change.LostOpportunity].Order());
        Assert.DoesNotContain(change.LostContact, reported[change.LostOpportunity]);
        Assert.Equal(change.ContactsOf(change.GainedOpportunity), reported[change.GainedOpportunity].Order());
        Assert.Contains(change.GainedContact, reported[change.GainedOpportunity]);
        var records = pages.SelectMany(p => p.Records).Select(r => r.Id).ToList();
        Assert.DoesNotContain(change.LostOpportunity, records);
        Assert.DoesNotContain(change.GainedOpportunity, records);
        Assert.All(pages.Where(p => p.Associations.Count > 0), p => Assert.Empty(p.Records));
    }

    [Fact]
    public async Task IncrementalPull_OfContacts_ReportsTheCurrentDealsOfContactsWhoseRolesChanged()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();

        var (change, _, pages) = await PullAcrossARoleChangeAsync(org, new(CrmObjectTypes.Contacts, PullMode.Full, null, [CanonicalFields.Email], [], [CrmObjectTypes.Deals]));

        var reported = pages.SelectMany(p => p.Associations).ToDictionary(a => a.Id, a => a.ByType[CrmObjectTypes.Deals]);
        Assert.DoesNotContain(change.LostOpportunity, reported[change.LostContact]);
        Assert.Equal(change.DealsOf(change.LostContact), reported[change.LostContact].Order());
        Assert.Contains(change.GainedOpportunity, reported[change.GainedContact]);
        Assert.Equal(change.DealsOf(change.GainedContact), reported[change.GainedContact].Order());
    }

    [Fact]
    public async Task IncrementalPull_ReportsExactlyTheOpportunitiesWhoseRolesChangedInTheWindow()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();

        var (_, full, pages) = await PullAcrossARoleChangeAsync(org, Deals);

        // The window starts at the full pull's start minus the lookback (1 minute); roles seeded just before count too.
        using var cursor = JsonDocument.Parse(full[^1].Cursor);
        var from = cursor.RootElement.GetProperty("since").GetDateTimeOffset().UtcDateTime.AddMinutes(-1);
        var changed = org.State.Query("SELECT OpportunityId, SystemModstamp FROM OpportunityContactRole", includeDeleted: true)
            .Where(r => (DateTime)r["SystemModstamp"]! > from).Select(r => (string)r["OpportunityId"]!).Distinct().Order();
        Assert.Equal(changed, pages.SelectMany(p => p.Associations).Select(a => a.Id).Order());
        Assert.True(changed.Count() < org.State.Count("Opportunity") / 2, "only changed roles' opportunities are re-read");
    }

    [Fact]
    public async Task IncrementalPull_OfDeals_SeesARoleMovedToAnotherContact()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var full = await SalesforceTestConnector.PullAllAsync(connector, Deals);

        // A rep edits an existing role to name another contact: only the role's SystemModstamp moves.
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        bool Old(string id) => org.State.GetRecord(id)!["SystemModstamp"] is DateTime stamp && stamp < hourAgo;
        var roles = org.State.Query("SELECT Id, OpportunityId, ContactId FROM OpportunityContactRole");
        var role = roles.First(r => Old((string)r["OpportunityId"]!) && Old((string)r["ContactId"]!)
            && roles.Count(o => (string)o["OpportunityId"]! == (string)r["OpportunityId"]!) == 1);
        var (opportunity, before) = ((string)role["OpportunityId"]!, (string)role["ContactId"]!);
        var after = org.State.Query("SELECT Id FROM Contact").Select(r => (string)r["Id"]!).First(id => id != before && Old(id));
        org.State.UpdateAsUser((string)role["Id"]!, new Dictionary<string, object?> { ["ContactId"] = after });

        var pages = await SalesforceTestConnector.PullAllAsync(connector, Deals with { Mode = PullMode.Incremental, Cursor = full[^1].Cursor });

        var stored = full.SelectMany(p => p.Records).Single(r => r.Id == opportunity).Associations[CrmObjectTypes.Contacts];
        Assert.Equal([before], stored);
        var reported = Assert.Single(pages.SelectMany(p => p.Associations), a => a.Id == opportunity);
        Assert.Equal([after], reported.ByType[CrmObjectTypes.Contacts]);
        Assert.DoesNotContain(opportunity, pages.SelectMany(p => p.Records).Select(r => r.Id));
    }

    /// <summary>A full pull, then <see cref="RoleChange"/>, then an incremental pull from the full pull's cursor.</summary>
    private static async Task<(RoleChange Change, List<PulledPage> Full, List<PulledPage> Incremental)> PullAcrossARoleChangeAsync(SalesforceOrgHost org, PullRequest request)
    {
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var full = await SalesforceTestConnector.PullAllAsync(connector, request);
        var change = await RoleChange.MakeAsync(org);
        return (change, full, await SalesforceTestConnector.PullAllAsync(connector, request with { Mode = PullMode.Incremental, Cursor = full[^1].Cursor }));
    }

    /// <summary>
    /// One role deleted (by a user) and one added (through the API), on opportunities and contacts last modified over an
    /// hour ago, so that no incremental window reads them for a change of their own.
    /// </summary>
    private sealed record RoleChange(SalesforceOrgState State, string LostOpportunity, string LostContact, string GainedOpportunity, string GainedContact)
    {
        public static async Task<RoleChange> MakeAsync(SalesforceOrgHost org)
        {
            var hourAgo = DateTime.UtcNow.AddHours(-1);
            bool Old(string id) => org.State.GetRecord(id)!["SystemModstamp"] is DateTime stamp && stamp < hourAgo;
            var roles = org.State.Query("SELECT Id, OpportunityId, ContactId FROM OpportunityContactRole");
            var pairs = roles.Select(r => ((string)r["OpportunityId"]!, (string)r["ContactId"]!)).ToHashSet();
            var lost = roles.First(r => Old((string)r["OpportunityId"]!) && Old((string)r["ContactId"]!)
                && pairs.Count(p => p == ((string)r["OpportunityId"]!, (string)r["ContactId"]!)) == 1);
            var gainedOpportunity = org.State.Query("SELECT Id FROM Opportunity").Select(r => (string)r["Id"]!)
                .First(id => Old(id) && id != (string)lost["OpportunityId"]!);
            var gainedContact = org.State.Query("SELECT Id FROM Contact").Select(r => (string)r["Id"]!)
                .First(id => Old(id) && id != (string)lost["ContactId"]! && !pairs.Contains((gainedOpportunity, id)));

            org.State.DeleteAsUser((string)lost["Id"]!);
            await AddRoleAsync(org, gainedOpportunity, gainedContact);
            return new RoleChange(org.State, (string)lost["OpportunityId"]!, (string)lost["ContactId"]!, gainedOpportunity, gainedContact);
        }

        public IEnumerable<string> ContactsOf(string opportunityId) =>
            State.Query($"SELECT ContactId FROM OpportunityContactRole WHERE OpportunityId = '{opportunityId}'").Select(r => (string)r["ContactId"]!).Distinct().Order();

        public IEnumerable<string> DealsOf(string contactId) =>
            State.Query($"SELECT OpportunityId FROM OpportunityContactRole WHERE ContactId = '{contactId}'").Select(r => (string)r["OpportunityId"]!).Distinct().Order();

        /// <summary>A sales rep's role insert, as any API client makes it (the fake has no in-process create).</summary>
        private static async Task AddRoleAsync(SalesforceOrgHost org, string opportunityId, string contactId)
        {
            var ct = TestContext.Current.CancellationToken;
            using var http = new HttpClient { BaseAddress = org.BaseUrl };
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = org.ClientId, ["client_secret"] = org.ClientSecret,
            });
            using var token = JsonDocument.Parse(await (await http.PostAsync("/services/oauth2/token", form, ct)).Content.ReadAsStringAsync(ct));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
            var created = await http.PostAsJsonAsync("/services/data/v60.0/sobjects/OpportunityContactRole",
                new { OpportunityId = opportunityId, ContactId = contactId, Role = "Decision Maker" }, ct);
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        }
    }
}
