using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Tests.Dedupe;

public class CompanyComparisonTests
{
    private static DedupeRecord Company(string id, string name, string? street = null, string? city = null) =>
        DedupeRecord.Create(id, (FieldRole.CompanyName, name), (FieldRole.Address, street), (FieldRole.City, city));

    private static int CompareNames(string nameA, string nameB, string? cityA = null, string? cityB = null)
    {
        var features = TestRecords.Features([Company("a", nameA, city: cityA), Company("b", nameB, city: cityB)]);
        var comparison = new CompanyNameComparison();
        return comparison.Compare(features, 0, 1);
    }

    [Theory]
    [InlineData("Cafe Ritz-Carlton Buckhead", "Dining Room Ritz-Carlton Buckhead")]
    [InlineData("Acme Widgets Europe", "Acme Widgets Asia")]
    [InlineData("Pacific Finance Ltd", "Pacific Insurance Co.")]
    [InlineData("Liberty Holdings Inc", "Liberty Logistics LLC")]
    public void CompanyNameCompare_SharedBrandEachWithOwnWords_Different(string nameA, string nameB)
    {
        Assert.Equal(new CompanyNameComparison().DifferentLevel, CompareNames(nameA, nameB));
    }

    [Fact]
    public void CompanyNameCompare_ExtraWordsOnlyTheCity_OneContainsTheOther()
    {
        var level = CompareNames("Ritz-Carlton Restaurant and Dining Room", "Ritz-Carlton Dining Room (San Francisco)", "San Francisco", "San Francisco");

        Assert.Equal(3, level);
    }

    [Fact]
    public void CompanyNameCompare_OwnWordsAbbreviateEachOther_HalfTheWordsShared()
    {
        Assert.Equal(4, CompareNames("Acme Mfg Tools", "Acme Manufacturing Tools"));
    }

    [Theory]
    [InlineData("Le Montrachet", "Le Montrachet Bistro", 3)]
    [InlineData("Art's Delicatessen", "Art's Deli", 2)]
    public void CompanyNameCompare_QualifierOnOneSideOrAbbreviation_StillAgrees(string nameA, string nameB, int expected)
    {
        Assert.Equal(expected, CompareNames(nameA, nameB));
    }

    [Fact]
    public void CityCompare_SameStreetAddress_CityLeftOut()
    {
        var features = TestRecords.Features(
        [
            Company("a", "Palace Court", "3570 Las Vegas Blvd. S", "Las Vegas"),
            Company("b", "Cafe Roma", "3570 Las Vegas Blvd. S", "Las Vegas"),
            Company("c", "Bistro", "3400 Las Vegas Blvd. S", "Las Vegas"),
        ]);
        var city = new CityComparison();

        Assert.Equal(FieldComparison.MissingLevel, city.Compare(features, 0, 1));
        Assert.Equal(1, city.Compare(features, 0, 2));
    }
}
