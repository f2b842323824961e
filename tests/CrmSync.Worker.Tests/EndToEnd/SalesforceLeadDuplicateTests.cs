using CrmSync.Sandbox;
using CrmSync.Sandbox.Salesforce;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>Cross-object duplicates on the fake org (issue 8 point 3): the planted lead↔contact and lead↔lead pairs.</summary>
[Collection(HostCollection.Name)]
public class SalesforceLeadDuplicateTests(ITestOutputHelper output)
{
    private const string GroupField = "CrmSync_Duplicate_Group__c";
    private const string DuplicateOfField = "CrmSync_Duplicate_Of__c";
    private const string LeadTaskKeyPrefix = "duplicate_group:leads:";

    [Fact]
    public async Task Pipeline_FakeOrg_FindsEveryPlantedLeadDuplicate_MarksTheLead_OneTaskPerGroup_ThenNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 7 }, 0, null, ct, crm: DemoCrm.Salesforce);
        var org = demo.SalesforceOrg!.State;

        var first = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var planted = org.PlantedDuplicates.Where(p => p.DuplicateType == "Lead").ToList();
        Assert.Contains(planted, p => p.OriginalType == "Contact");
        Assert.Contains(planted, p => p.OriginalType == "Lead");

        // Planted → found: the lead in one group with what it copies (a converted original lead lives on as its contact).
        var missed = planted.Where(p => Field(org, p.DuplicateId, GroupField) is not { Length: > 0 } group
            || group != Field(org, PartnerOf(org, p), GroupField)).ToList();
        foreach (var pair in missed)
            output.WriteLine($"missed: {pair.OriginalType} {pair.OriginalId} ← lead {pair.DuplicateId} ({pair.Variation})");
        output.WriteLine($"planted lead duplicates: {planted.Count} ({planted.Count(p => p.OriginalType == "Contact")} of contacts), missed {missed.Count}");
        Assert.Empty(missed);

        // The lead is the duplicate: CrmSync_Duplicate_Of__c on it names a contact of its group when it copies a contact.
        foreach (var pair in planted.Where(p => p.OriginalType == "Contact"))
        {
            var of = Field(org, pair.DuplicateId, DuplicateOfField);
            Assert.True(of is not null && of.StartsWith("003", StringComparison.Ordinal), $"lead {pair.DuplicateId}: {DuplicateOfField} = '{of}', not a contact");
            Assert.Equal(Field(org, pair.DuplicateId, GroupField), Field(org, of, GroupField));
            Assert.Null(Field(org, of, DuplicateOfField));
        }

        // Found → planted: every marked lead is explained by a planted pair; any other is reported (and must stay rare).
        var marked = org.Query($"SELECT Id, OwnerId, {GroupField} FROM Lead WHERE {GroupField} != null");
        var explained = planted.SelectMany(p => new[] { p.DuplicateId, p.OriginalType == "Lead" ? p.OriginalId : "" }).ToHashSet(StringComparer.Ordinal);
        var extra = marked.Where(r => !explained.Contains((string)r["Id"]!)).ToList();
        foreach (var row in extra)
            output.WriteLine($"extra: lead {row["Id"]} in group {row[GroupField]}");
        output.WriteLine($"leads marked: {marked.Count}, not planted: {extra.Count}");
        Assert.True(extra.Count <= planted.Count / 10, $"{extra.Count} leads marked that no planted pair explains");

        // One task per group holding a lead, on a lead of that group, for the lead's owner.
        var leadGroups = marked.Select(r => (string)r[GroupField]!).ToHashSet(StringComparer.Ordinal);
        var tasks = LeadTasks(org);
        Assert.Equal(leadGroups.Order(StringComparer.Ordinal), tasks.Select(t => ((string)t["CrmSync_Alert_Key__c"]!)[LeadTaskKeyPrefix.Length..]).Order(StringComparer.Ordinal));
        foreach (var task in tasks)
        {
            var lead = marked.Single(r => r["Id"]!.Equals(task["WhoId"]));
            Assert.Equal(LeadTaskKeyPrefix + lead[GroupField], task["CrmSync_Alert_Key__c"]);
            Assert.Contains(task["OwnerId"], new[] { lead["OwnerId"], org.IntegrationUserId });
        }

        var second = await demo.RunPipelineAsync(ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(tasks.Count, LeadTasks(org).Count);
    }

    private static List<IReadOnlyDictionary<string, object?>> LeadTasks(SalesforceOrgState org) =>
        org.Query("SELECT Id, WhoId, OwnerId, CrmSync_Alert_Key__c FROM Task WHERE CrmSync_Alert_Key__c != null")
            .Where(t => ((string)t["CrmSync_Alert_Key__c"]!).StartsWith(LeadTaskKeyPrefix, StringComparison.Ordinal)).ToList();

    /// <summary>What the planted lead should be grouped with: its original, or the contact a converted original became.</summary>
    private static string PartnerOf(SalesforceOrgState org, SalesforcePlantedDuplicate pair) =>
        pair.OriginalType == "Lead" && org.GetRecord(pair.OriginalId)!["IsConverted"] is true
            ? Field(org, pair.OriginalId, "ConvertedContactId")!
            : pair.OriginalId;

    private static string? Field(SalesforceOrgState org, string id, string field) => org.GetRecord(id)?[field] as string;
}
