using System.Globalization;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.WriteBack;
using CrmSync.Sandbox;
using CrmSync.Sandbox.Salesforce;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 8 point 4: the analyzers do on Salesforce what they do on HubSpot, with the same property semantics under
/// Salesforce names. Both fake CRMs run in one host; each check reads the CRM itself, not only CrmSync's store.
/// </summary>
[Collection(HostCollection.Name)]
public class SalesforceAnalyzerParityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Pipeline_BothCrms_DaysInStageFromOpportunityHistory_AndDuplicatePropertiesMeanTheSame()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 7 }, 0, null, ct, crm: DemoCrm.Both);
        var hubSpotRun = await demo.RunPipelineAsync(DemoSession.Connector, ct);
        var salesforceRun = await demo.RunPipelineAsync(DemoSession.SalesforceConnector, ct);
        Assert.Equal((RunStatus.Succeeded, RunStatus.Succeeded), (hubSpotRun.Status, salesforceRun.Status));
        var org = demo.SalesforceOrg!.State;

        AssertDaysInStageFromHistory(org, salesforceRun.StartedAt);

        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var hubSpot = demo.Sandbox.State;
        await AssertDuplicateSemanticsAsync(store, DemoSession.Connector, [CrmObjectTypes.Contacts], (type, id, key) => hubSpot.GetPropertyValue(type, id, "crmsync_" + key), ct);
        await AssertDuplicateSemanticsAsync(store, DemoSession.Connector, [CrmObjectTypes.Companies], (type, id, key) => hubSpot.GetPropertyValue(type, id, "crmsync_" + key), ct);
        await AssertDuplicateSemanticsAsync(store, DemoSession.SalesforceConnector, [CrmObjectTypes.Contacts, CrmObjectTypes.Leads], (_, id, key) => SalesforceValue(org, id, key), ct);
        await AssertDuplicateSemanticsAsync(store, DemoSession.SalesforceConnector, [CrmObjectTypes.Companies], (_, id, key) => SalesforceValue(org, id, key), ct);

        // The planted pairs of each kind are grouped on both CRMs alike.
        var hubSpotFound = hubSpot.PlantedDuplicates.Count(p => SameGroup(hubSpot.GetPropertyValue(p.ObjectType, p.OriginalId, "crmsync_duplicate_group"),
            hubSpot.GetPropertyValue(p.ObjectType, p.DuplicateId, "crmsync_duplicate_group")));
        var salesforcePlanted = org.PlantedDuplicates.Where(p => p.OriginalType == p.DuplicateType && p.OriginalType != "Lead").ToList();
        var salesforceFound = salesforcePlanted.Count(p => SameGroup(SalesforceValue(org, p.OriginalId, DuplicateProperties.Group), SalesforceValue(org, p.DuplicateId, DuplicateProperties.Group)));
        output.WriteLine($"planted contact/company pairs grouped: HubSpot {hubSpotFound} of {hubSpot.PlantedDuplicates.Count}, Salesforce {salesforceFound} of {salesforcePlanted.Count}");
        Assert.True(hubSpotFound >= 0.95 * hubSpot.PlantedDuplicates.Count);
        Assert.Contains(salesforcePlanted, p => p.OriginalType == "Account");
        Assert.True(salesforceFound >= 0.95 * salesforcePlanted.Count);
    }

    /// <summary>
    /// Independently of the connector: an open opportunity entered its stage at the latest OpportunityHistory row that
    /// changed StageName to it (rows that only change Amount, CloseDate… are not entries), or at its creation when no
    /// row did; days = whole days from then to the run. Closed opportunities carry no value.
    /// </summary>
    private void AssertDaysInStageFromHistory(SalesforceOrgState org, DateTimeOffset now)
    {
        var entries = new Dictionary<(string Opportunity, string Stage), DateTimeOffset>();
        var rows = org.Query("SELECT Id, OpportunityId, StageName, CreatedDate FROM OpportunityHistory")
            .Select(r => (Opportunity: (string)r["OpportunityId"]!, Stage: (string)r["StageName"]!, At: Time(r["CreatedDate"]), Id: (string)r["Id"]!))
            .OrderBy(r => r.Opportunity, StringComparer.Ordinal).ThenBy(r => r.At).ThenBy(r => r.Id, StringComparer.Ordinal);
        string? previousOpportunity = null, previousStage = null;
        foreach (var row in rows)
        {
            if (row.Opportunity != previousOpportunity || row.Stage != previousStage)
                entries[(row.Opportunity, row.Stage)] = row.At;
            (previousOpportunity, previousStage) = (row.Opportunity, row.Stage);
        }

        var opportunities = org.Query("SELECT Id, StageName, IsClosed, CreatedDate, CrmSync_Days_In_Stage__c FROM Opportunity");
        var open = 0;
        foreach (var opportunity in opportunities)
        {
            var id = (string)opportunity["Id"]!;
            var written = opportunity["CrmSync_Days_In_Stage__c"];
            if (opportunity["IsClosed"] is true)
            {
                Assert.Null(written);
                continue;
            }

            open++;
            var entered = entries.TryGetValue((id, (string)opportunity["StageName"]!), out var at) ? at : Time(opportunity["CreatedDate"]);
            var expected = Math.Max(0, Math.Floor((now - entered).TotalDays));
            Assert.True(written is not null && Convert.ToDouble(written, CultureInfo.InvariantCulture) == expected,
                $"opportunity {id} in '{opportunity["StageName"]}' since {entered:O}: expected {expected} days, Salesforce has {written ?? "nothing"}");
        }

        output.WriteLine($"opportunities: {opportunities.Count}, open with days in stage checked: {open}");
        Assert.True(open > 0);
    }

    /// <summary>
    /// The canonical meaning of the four duplicate properties, read from what CrmSync wrote and checked against the CRM:
    /// a group has two or more members; exactly one, the primary, has no duplicate_of and every other names it; the
    /// score is a match probability of at least the match threshold; the reason is set. A group holding a contact and a
    /// lead has the contact as primary.
    /// </summary>
    private async Task AssertDuplicateSemanticsAsync(IRecordStore store, string connector, string[] types,
        Func<string, string, string, string?> crmValue, CancellationToken ct)
    {
        var states = new List<WrittenState>();
        foreach (var type in types)
            states.AddRange((await store.GetWrittenAsync(connector, type, ct)).Values.Where(s => s.Values.GetValueOrDefault(DuplicateProperties.Group) is not null));
        var groups = states.GroupBy(s => s.Values[DuplicateProperties.Group]!).ToList();
        output.WriteLine($"{connector} {string.Join("+", types)}: {groups.Count} groups, {states.Count} records");
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            Assert.True(group.Count() >= 2, $"{connector}: group {group.Key} has one member");
            var primary = Assert.Single(group, s => s.Values.GetValueOrDefault(DuplicateProperties.DuplicateOf) is null);
            Assert.All(group.Where(s => s != primary), s => Assert.Equal(primary.RecordId, s.Values[DuplicateProperties.DuplicateOf]));
            if (group.Any(s => s.ObjectType == CrmObjectTypes.Contacts) && group.Any(s => s.ObjectType == CrmObjectTypes.Leads))
                Assert.Equal(CrmObjectTypes.Contacts, primary.ObjectType);
            foreach (var state in group)
            {
                Assert.InRange(double.Parse(state.Values[DuplicateProperties.Score]!, CultureInfo.InvariantCulture), 0.5, 1.0);
                Assert.False(string.IsNullOrWhiteSpace(state.Values[DuplicateProperties.Reason]));
                foreach (var key in DuplicateProperties.All.Where(k => k != DuplicateProperties.Score))
                    Assert.Equal(state.Values.GetValueOrDefault(key), crmValue(state.ObjectType, state.RecordId, key));
            }
        }
    }

    private static bool SameGroup(string? a, string? b) => !string.IsNullOrEmpty(a) && a == b;

    /// <summary>A computed property as the fake org holds it, under its Salesforce name (<c>duplicate_of</c> → <c>CrmSync_Duplicate_Of__c</c>).</summary>
    private static string? SalesforceValue(SalesforceOrgState org, string id, string key)
    {
        var field = "CrmSync_" + string.Join('_', key.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "__c";
        return org.GetRecord(id)?[field] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
    }

    private static DateTimeOffset Time(object? value) => value switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        long ms => DateTimeOffset.FromUnixTimeMilliseconds(ms),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected datetime value '{value}' ({value?.GetType().Name})."),
    };
}
