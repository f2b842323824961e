using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Normalisation;
using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Tests.Dedupe;

public class EmailEvidenceTests
{
    [Theory]
    [InlineData("jsmith", "John", "Smith", true)]
    [InlineData("john.smith42", "John", "Smith", true)]
    [InlineData("smithj", "John", "Smith", true)]
    [InlineData("taylorfamily", "Mary", "Taylor", false)]
    [InlineData("bookings", "Mary", "Taylor", false)]
    public void IsNameDerived_LocalPartMadeOfTheNames(string local, string first, string last, bool expected) =>
        Assert.Equal(expected, EmailNames.IsNameDerived(local, first.ToLowerInvariant(), last.ToLowerInvariant()));

    [Theory]
    [InlineData("jesse71@gmail.com", "jesse712@gmail.com", true)]
    [InlineData("sharonjimenez14@icloud.com", "sharon.jimenez@icloud.com", true)]
    [InlineData("jesse71@gmail.com", "jesse17@gmail.com", false)] // two digits swapped: a typo
    [InlineData("robert255@smith.net", "roberta25@smith.net", false)]
    public void AreNumberedApart_OnlyDigitsDiffer(string a, string b, bool expected) => Assert.Equal(expected, EmailNames.AreNumberedApart(a, b));

    [Theory]
    [InlineData("Kevin", "Scott", "kevin.scott@verizon.net", "Kevin", "Scott", "kevin.scott@yahoo.com", "different")]
    [InlineData("Jesse", "Ode", "jesse71@gmail.com", "Jesse", "Ode", "jesse712@gmail.com", "different")]
    [InlineData("Gabriel", "Thomas", "gabriel.t54@nichols.info", "Gabriel", "Thomas", "gabriel.t54@nnichls.info", "typo")]
    [InlineData("Ann", "Lee", "dragonfly77@gmail.com", "Ann", "Lee", "dragonfly77@protonmail.com", "same local part")]
    public void EmailCompare_NamesakeAddressesDifferent_TyposAndPersonalHandlesAgree(string firstA, string lastA, string emailA, string firstB, string lastB, string emailB, string level)
    {
        var features = TestRecords.Features([Person("a", firstA, lastA, emailA), Person("b", firstB, lastB, emailB)]);
        var comparison = new EmailComparison();

        Assert.Equal(level, comparison.LevelLabels[comparison.Compare(features, 0, 1)]);
    }

    [Fact]
    public void FirstNameCompare_MissingNameFoundInTheOthersAddress_OwnLevelUnlessTheAddressIsShared()
    {
        var features = TestRecords.Features(
        [
            Person("a", null, "Kelly", "alfiekelly@walters.com"),
            Person("b", "Alfie", "Kelly", null),
            Person("c", "Alfie", "Kelly", "alfiekelly@walters.com"),
        ]);
        var comparison = new FirstNameComparison(NicknameTable.Default);

        Assert.Equal("in the other's email", comparison.LevelLabels[comparison.Compare(features, 0, 1)]);
        Assert.Equal(FieldComparison.MissingLevel, comparison.Compare(features, 0, 2)); // one shared address says it already
    }

    [Fact]
    public void TermFrequency_AddressManyShare_WeighsLessThanOneOnlyTwoHold()
    {
        var records = Enumerable.Range(0, 30).Select(i => Person($"s{i}", $"f{i}", $"l{i}", "orders@acme.com"))
            .Concat(Enumerable.Range(0, 200).Select(i => Person($"u{i}", $"f{i}", $"l{i}", $"person{i}@example.org")))
            .ToList();
        var features = TestRecords.Features(records);
        var set = ComparisonSet.Of(new EmailComparison());

        var frequencies = TermFrequencyAdjustments.Compute(set, features, capBits: 5);

        var shared = frequencies.Bits(FeatureColumn.Email, features.Column(FeatureColumn.Email)[0]);
        var unique = frequencies.Bits(FeatureColumn.Email, features.Column(FeatureColumn.Email)[30]);
        Assert.True(shared < unique - 3, $"shared inbox {shared:0.0} bits, unique address {unique:0.0} bits");
    }

    private static DedupeRecord Person(string id, string? first, string? last, string? email) =>
        DedupeRecord.Create(id, (FieldRole.FirstName, first), (FieldRole.LastName, last), (FieldRole.Email, email));
}
