using System.Text.RegularExpressions;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Seeding;

public sealed partial class PlantedDuplicateTests
{
    private readonly SandboxState state = SandboxState.Create(new SandboxOptions { Records = 4_000, DuplicateRate = 0.05, TimeProvider = new FakeTimeProvider(SandboxClient.Start) });

    [Fact]
    public void PlantedDuplicates_Rate_IsAboutFivePercentOfContactsAndCompanies()
    {
        var contacts = state.PlantedDuplicates.Count(d => d.ObjectType == "contacts");
        var companies = state.PlantedDuplicates.Count(d => d.ObjectType == "companies");

        Assert.InRange(contacts, 150, 250);
        Assert.InRange(companies, 10, 35);
        Assert.All(state.PlantedDuplicates, d => Assert.True(long.Parse(d.OriginalId, System.Globalization.CultureInfo.InvariantCulture) < long.Parse(d.DuplicateId, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void PlantedContactDuplicates_EachVariation_DiffersInTheWayItNames()
    {
        foreach (var pair in state.PlantedDuplicates.Where(d => d.ObjectType == "contacts"))
        {
            var original = state.GetRecord("contacts", pair.OriginalId)!.Properties;
            var duplicate = state.GetRecord("contacts", pair.DuplicateId)!.Properties;
            var sameName = original["firstname"] == duplicate["firstname"] && original["lastname"] == duplicate["lastname"];
            var sameEmail = original.GetValueOrDefault("email") == duplicate.GetValueOrDefault("email");
            Assert.Equal(
                state.GetAssociations("contacts", pair.OriginalId, "companies").Select(a => a.Id),
                state.GetAssociations("contacts", pair.DuplicateId, "companies").Select(a => a.Id));
            switch (pair.Variation)
            {
                case "name-typo":
                    Assert.False(sameName);
                    Assert.True(sameEmail);
                    break;
                case "email-case":
                    Assert.True(sameName);
                    Assert.Equal(original["email"], duplicate["email"]!, StringComparer.OrdinalIgnoreCase);
                    Assert.NotEqual(original["email"], duplicate["email"]);
                    break;
                case "gmail-dots":
                    Assert.Equal(original["email"]!.Replace(".", "", StringComparison.Ordinal), duplicate["email"]!.Replace(".", "", StringComparison.Ordinal));
                    Assert.NotEqual(original["email"], duplicate["email"]);
                    break;
                default:
                    Assert.Equal("phone-format", pair.Variation);
                    Assert.True(sameName);
                    Assert.Null(duplicate.GetValueOrDefault("email"));
                    break;
            }

            if (original.GetValueOrDefault("phone") is { } phone && duplicate.GetValueOrDefault("phone") is { } duplicatePhone)
            {
                Assert.Equal(Digits(phone), Digits(duplicatePhone));
                Assert.NotEqual(phone, duplicatePhone);
            }
        }
    }

    [Fact]
    public void PlantedCompanyDuplicates_ShareTheCoreName()
    {
        var pairs = state.PlantedDuplicates.Where(d => d.ObjectType == "companies").ToList();

        Assert.Contains(pairs, p => p.Variation == "legal-suffix");
        Assert.All(pairs, pair =>
        {
            var original = state.GetRecord("companies", pair.OriginalId)!.Properties;
            var duplicate = state.GetRecord("companies", pair.DuplicateId)!.Properties;
            Assert.NotEqual(original["name"], duplicate["name"]);
            Assert.Equal(original.GetValueOrDefault("city"), duplicate.GetValueOrDefault("city"));
            if (pair.Variation == "legal-suffix")
            {
                Assert.Equal(original.GetValueOrDefault("domain"), duplicate.GetValueOrDefault("domain"));
                Assert.Equal(Core(original["name"]!), Core(duplicate["name"]!));
            }
        });
    }

    private static string Digits(string phone) => NonDigits().Replace(phone, "").TrimStart('1');

    private static string Core(string name) => LegalSuffix().Replace(name, "");

    [GeneratedRegex("[^0-9]")]
    private static partial Regex NonDigits();

    [GeneratedRegex(@",?\s*(Inc\.?|INC|LLC|Ltd|GmbH|Group|Co)$")]
    private static partial Regex LegalSuffix();
}
