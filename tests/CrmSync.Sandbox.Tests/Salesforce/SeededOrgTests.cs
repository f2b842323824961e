using System.Net;
using CrmSync.Sandbox.Salesforce;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class SeededOrgTests : SalesforceTestBase
{
    internal override SalesforceOrgOptions CreateOptions() => SalesforceClient.Options(records: 4_000);

    [Fact]
    public void Seed_SameSeedTwice_SameRecordsAndDifferentSeedDifferentRecords()
    {
        static SalesforceOrgState Org(int seed) => SalesforceOrgState.Create(new SalesforceOrgOptions { Records = 1_000, Seed = seed, TimeProvider = new FakeTimeProvider(Infrastructure.SandboxClient.Start) });
        const string Soql = "SELECT Id, Name, Email, Phone, AccountId, OwnerId, SystemModstamp FROM Contact ORDER BY Id";

        var first = Org(7).Query(Soql);
        var again = Org(7).Query(Soql);
        var other = Org(8).Query(Soql);

        Assert.Equal(first.Select(r => string.Join("|", r.Values)), again.Select(r => string.Join("|", r.Values)));
        Assert.NotEqual(first.Select(r => r["Name"]), other.Select(r => r["Name"]));
    }

    [Fact]
    public void Sizes_FollowRecords()
    {
        Assert.Equal(4_000, Org.State.Query("SELECT Id FROM Contact", includeDeleted: true).Count);
        Assert.Equal(400, Org.State.Query("SELECT Id FROM Account", includeDeleted: true).Count);
        Assert.Equal(800, Org.State.Query("SELECT Id FROM Opportunity", includeDeleted: true).Count);
        Assert.Equal(2_000, Org.State.Query("SELECT Id FROM Lead", includeDeleted: true).Count);
        Assert.Equal(12, Org.State.Count("User"));
    }

    [Fact]
    public void ConvertedLeads_PointAtRealContactItsAccountAndAnOpportunityOfThatAccount()
    {
        var converted = Org.State.Query("SELECT Id, Status, ConvertedDate, ConvertedContactId, ConvertedAccountId, ConvertedOpportunityId, Email, LastName FROM Lead WHERE IsConverted = true");

        Assert.InRange(converted.Count, 150, 350);
        Assert.Contains(converted, l => l["ConvertedOpportunityId"] is null);
        Assert.Contains(converted, l => l["ConvertedOpportunityId"] is not null);
        foreach (var lead in converted)
        {
            var contact = Org.State.GetRecord((string)lead["ConvertedContactId"]!)!;
            Assert.Equal("Closed - Converted", lead["Status"]);
            Assert.Equal(lead["ConvertedAccountId"], contact["AccountId"]);
            Assert.Equal((contact["LastName"], contact["Email"]), (lead["LastName"], lead["Email"]));
            Assert.Equal(DateOnly.FromDateTime((DateTime)contact["CreatedDate"]!), lead["ConvertedDate"]);
            Assert.NotNull(Org.State.GetRecord((string)lead["ConvertedAccountId"]!));
            if (lead["ConvertedOpportunityId"] is string opportunity)
            {
                Assert.Equal(lead["ConvertedAccountId"], Org.State.GetRecord(opportunity)!["AccountId"]);
            }
        }
    }

    [Fact]
    public void ContactRolesAndOwners_ReferenceRealRecordsAndUsers()
    {
        var roles = Org.State.Query("SELECT OpportunityId, ContactId, Role, IsPrimary, Opportunity.AccountId, Contact.AccountId FROM OpportunityContactRole");
        var users = Org.State.Query("SELECT Id, IsActive FROM User").ToDictionary(u => (string)u["Id"]!, u => (bool)u["IsActive"]!);

        Assert.InRange(roles.Count, 700, 1_600);
        Assert.All(roles, r =>
        {
            Assert.NotNull(Org.State.GetRecord((string)r["OpportunityId"]!));
            Assert.NotNull(Org.State.GetRecord((string)r["ContactId"]!));
        });
        Assert.Equal(roles.Select(r => r["OpportunityId"]).Distinct().Count(), roles.Count(r => r["IsPrimary"] is true));
        Assert.All(Org.State.Query("SELECT OwnerId FROM Account"), a => Assert.True(users.ContainsKey((string)a["OwnerId"]!)));
        Assert.Contains(Org.State.Query("SELECT OwnerId FROM Contact"), c => users[(string)c["OwnerId"]!] is false);
    }

    [Fact]
    public async Task PlantedDuplicates_AllFourKinds_DifferInTheWayTheirVariationSays()
    {
        var pairs = Org.State.PlantedDuplicates;
        var kinds = pairs.GroupBy(p => $"{p.OriginalType}/{p.DuplicateType}").ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(kinds["Lead/Lead"], 50, 150);
        Assert.InRange(kinds["Contact/Lead"], 20, 80);
        Assert.InRange(kinds["Contact/Contact"], 120, 280);
        Assert.InRange(kinds["Account/Account"], 8, 40);
        foreach (var pair in pairs)
        {
            var original = Org.State.GetRecord(pair.OriginalId)!;
            var duplicate = Org.State.GetRecord(pair.DuplicateId)!;
            Assert.Equal(pair.OriginalId[..3], pair.OriginalType switch { "Lead" => "00Q", "Contact" => "003", _ => "001" });
            Assert.False(duplicate["IsDeleted"] is true || original["IsDeleted"] is true);
            if (pair.OriginalType == "Account")
            {
                Assert.NotEqual(original["Name"], duplicate["Name"]);
                continue;
            }

            var sameName = Equals(original["FirstName"], duplicate["FirstName"]) && Equals(original["LastName"], duplicate["LastName"]);
            switch (pair.Variation)
            {
                case "name-typo" or "contact-name-typo":
                    Assert.False(sameName);
                    break;
                case "email-case" or "contact-email-case":
                    Assert.True(sameName);
                    Assert.Equal((string)original["Email"]!, (string)duplicate["Email"]!, StringComparer.OrdinalIgnoreCase);
                    Assert.NotEqual(original["Email"], duplicate["Email"]);
                    break;
                case "gmail-dots":
                    Assert.NotEqual(original["Email"], duplicate["Email"]);
                    break;
                default:
                    Assert.Contains(pair.Variation, new[] { "phone-format", "contact-phone-format" });
                    Assert.True(sameName);
                    Assert.Null(duplicate["Email"]);
                    Assert.NotEqual(original["Phone"], duplicate["Phone"]);
                    Assert.Equal(Digits(original["Phone"]), Digits(duplicate["Phone"]));
                    break;
            }
        }

        using var http = new HttpClient { BaseAddress = Org.Host.BaseUrl };
        var listed = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/__sandbox/salesforce/duplicates", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(pairs.Select(p => p.DuplicateId), listed.GetProperty("plantedDuplicates").EnumerateArray().Select(p => p.GetProperty("duplicateId").GetString()));
        Assert.Equal(0, Org.State.ApiUsage);
        Assert.Equal(HttpStatusCode.OK, (await Org.QueryAsync("SELECT Id FROM Lead LIMIT 1")).Status);
    }

    [Fact]
    public void LargeOrg_200kContacts_SeedsLazilyAndAnswersQueries()
    {
        var state = SalesforceOrgState.Create(new SalesforceOrgOptions { Records = 200_000, TimeProvider = new FakeTimeProvider(Infrastructure.SandboxClient.Start) });

        Assert.Equal(200_000, state.Query("SELECT COUNT() FROM Contact", includeDeleted: true).Count);
        Assert.Equal(100_000, state.Query("SELECT COUNT() FROM Lead", includeDeleted: true).Count);
        Assert.Equal(10, state.Query("SELECT Id, Name, Account.Name FROM Contact WHERE Email LIKE '%@gmail.com' ORDER BY SystemModstamp DESC LIMIT 10").Count);
    }

    private static string Digits(object? phone) => new(((string)phone!).Where(char.IsAsciiDigit).ToArray()[^10..]);
}
