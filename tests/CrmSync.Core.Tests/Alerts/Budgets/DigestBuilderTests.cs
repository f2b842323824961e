using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Alerts.Budgets;

public class DigestBuilderTests
{
    private static HeldAlert Item(string id, string owner, decimal money, string key = "crmsync_digest:7:2025-04-01") =>
        new(new AlertCandidate($"stage_age_exceeded:deals:{id}", "stage_age_exceeded", CrmObjectTypes.Deals, id, owner,
            $"CrmSync: deal {id} is stuck", "b", money > 1000 ? AlertPriority.High : AlertPriority.Low) { MoneyAtRisk = money }, HoldReason.Digest, key);

    private static string Link(string objectType, string id) => $"https://crm.example/{objectType}/{id}";

    [Fact]
    public void Build_OneTaskPerDigestKey_ItemsMostUrgentFirstWithLinks_RestCounted()
    {
        var items = new[] { Item("1", "7", 10m), Item("2", "7", 5000m), Item("3", "7", 300m), Item("4", "8", 1m, "crmsync_digest:8:2025-04-01") };

        var digests = DigestBuilder.Build(items, new AlertOptions { Digest = new() { MaxItems = 2 } }, Link);

        Assert.Equal(["crmsync_digest:7:2025-04-01", "crmsync_digest:8:2025-04-01"], digests.Select(d => d.Key));
        var seven = digests[0];
        Assert.Equal("7", seven.OwnerId);
        Assert.Equal("CrmSync: 3 items to review (2025-04-01)", seven.Subject);
        var lines = seven.Body.Split('\n');
        Assert.StartsWith("- [High] deal 2 is stuck (deals 2: https://crm.example/deals/2)", lines[1]);
        Assert.StartsWith("- [Low] deal 3 is stuck (deals 3: https://crm.example/deals/3)", lines[2]);
        Assert.Contains("… and 1 more", seven.Body);
        Assert.Equal(AlertPriority.High, seven.Candidate.Priority);
        Assert.Equal(["2", "3", "1"], seven.Items.Select(i => i.RecordId));
    }

    [Fact]
    public void Build_SameItems_SameFingerprint_ChangedItems_NewOne()
    {
        var options = new AlertOptions();
        var first = DigestBuilder.Build([Item("1", "7", 10m), Item("2", "7", 20m)], options, Link).Single();
        var again = DigestBuilder.Build([Item("2", "7", 20m), Item("1", "7", 10m)], options, Link).Single();
        var changed = DigestBuilder.Build([Item("2", "7", 20m)], options, Link).Single();

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.NotEqual(first.Fingerprint, changed.Fingerprint);
    }

    [Fact]
    public void ToTaskRequest_IsAssociatedWithNoRecord()
    {
        var digest = DigestBuilder.Build([Item("1", "7", 10m)], new AlertOptions(), (_, _) => null).Single();

        var request = digest.ToTaskRequest(DateTimeOffset.UnixEpoch);

        Assert.Equal(("", "", "7", "crmsync_digest:7:2025-04-01"), (request.ObjectType, request.RecordId, request.OwnerId, request.Key));
        Assert.DoesNotContain("http", digest.Body);
    }
}
