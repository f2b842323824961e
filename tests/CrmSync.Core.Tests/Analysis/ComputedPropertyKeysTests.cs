using CrmSync.Core.Analysis;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Tests.Analysis;

public class ComputedPropertyKeysTests
{
    [Theory]
    [InlineData("days_in_stage")]
    [InlineData("duplicate_group")]
    [InlineData("x")]
    [InlineData("a1")]
    [InlineData("a_")]
    public void IsValid_LowercaseSnakeCaseKey_True(string key) => Assert.True(ComputedPropertyKeys.IsValid(key));

    [Fact]
    public void IsValid_MaximumOfFortyCharacters_TrueAtLimitFalseBeyond()
    {
        var atLimit = "k" + new string('a', ComputedPropertyKeys.MaxLength - 1);

        Assert.Equal(40, ComputedPropertyKeys.MaxLength);
        Assert.Equal(40, atLimit.Length);
        Assert.True(ComputedPropertyKeys.IsValid(atLimit));
        Assert.False(ComputedPropertyKeys.IsValid(atLimit + "a"));
    }

    [Theory]
    [InlineData(CanonicalFields.Stage)]
    [InlineData(CanonicalFields.Email)]
    [InlineData(CanonicalFields.OwnerId)]
    [InlineData(CanonicalFields.CreatedAt)]
    [InlineData(CanonicalFields.CurrentStageEnteredAt)]
    public void IsValid_CanonicalFieldKey_False(string key)
    {
        Assert.True(CanonicalFields.IsCanonical(key));
        Assert.False(ComputedPropertyKeys.IsValid(key));
    }

    [Fact]
    public void IsValid_EveryCanonicalFieldKey_False() =>
        Assert.All(CanonicalFields.All, key => Assert.False(ComputedPropertyKeys.IsValid(key), key));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Days_in_stage")]
    [InlineData("DAYS")]
    [InlineData("days in stage")]
    [InlineData("days-in-stage")]
    [InlineData("_days")]
    [InlineData("1days")]
    [InlineData("straße")]
    [InlineData("days\n")]
    [InlineData("stage_entered_at:proposal")]
    public void IsValid_OtherKeys_False(string? key) => Assert.False(ComputedPropertyKeys.IsValid(key));

    [Fact]
    public void Describe_NamesKeyPatternAndCanonicalRule()
    {
        var text = ComputedPropertyKeys.Describe("Bad");

        Assert.Equal(
            "computed property key 'Bad' is invalid: it must match ^[a-z][a-z0-9_]{0,39}$ and not be a canonical field", text);
    }

    [Fact]
    public void BuiltInAnalyzers_DeclareOnlyValidKeys()
    {
        var keys = StageAgeAnalyzer.Describe().Properties.Concat(DuplicateAnalyzer.Describe().Properties).Select(p => p.Name).ToList();

        Assert.Contains(StageAgeAnalyzer.DaysInStageProperty, keys);
        Assert.Contains(DuplicateProperties.Group, keys);
        Assert.All(keys, key => Assert.True(ComputedPropertyKeys.IsValid(key), key));
    }
}
