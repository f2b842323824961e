using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Schema;

public class CanonicalFieldsTests
{
    [Theory]
    [InlineData("proposal")]
    [InlineData("93485721")]
    [InlineData("closed_won")]
    [InlineData("a:b")]
    public void StageEnteredAt_RoundTripsThroughTryParse(string stageId)
    {
        var key = CanonicalFields.StageEnteredAt(stageId);

        Assert.Equal("stage_entered_at:" + stageId, key);
        Assert.True(CanonicalFields.TryParseStageEnteredAt(key, out var parsed));
        Assert.Equal(stageId, parsed);
    }

    [Theory]
    [InlineData("stage_entered_at:")]
    [InlineData("stage_entered_at")]
    [InlineData("stage")]
    [InlineData("current_stage_entered_at")]
    [InlineData("STAGE_ENTERED_AT:proposal")]
    [InlineData("hs_v2_date_entered_proposal")]
    public void TryParseStageEnteredAt_OtherKeys_FalseWithEmptyStageId(string key)
    {
        Assert.False(CanonicalFields.TryParseStageEnteredAt(key, out var stageId));
        Assert.Equal("", stageId);
    }

    [Theory]
    [InlineData("stage_entered_at:proposal")]
    [InlineData(CanonicalFields.Stage)]
    [InlineData(CanonicalFields.Email)]
    [InlineData(CanonicalFields.CurrentStageEnteredAt)]
    [InlineData(CanonicalFields.LifecycleStage)]
    public void IsCanonical_StageKeyAndPlainKeys_True(string key) => Assert.True(CanonicalFields.IsCanonical(key));

    [Theory]
    [InlineData("days_in_stage")]
    [InlineData("dealstage")]
    [InlineData("Stage")]
    [InlineData("stage_entered_at:")]
    [InlineData("")]
    public void IsCanonical_OtherKeys_False(string key) => Assert.False(CanonicalFields.IsCanonical(key));

    [Fact]
    public void All_NoDuplicateKeys()
    {
        var duplicates = CanonicalFields.All.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
        Assert.Equal(CanonicalFields.All.Count, CanonicalFields.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void All_EveryKeyIsCanonicalLowercaseSnakeCase()
    {
        Assert.All(CanonicalFields.All, key =>
        {
            Assert.True(CanonicalFields.IsCanonical(key), key);
            Assert.Matches("^[a-z][a-z0-9_]*$", key);
        });
    }

    [Fact]
    public void All_HoldsEveryPublicConstantExceptThePrefix()
    {
        var constants = typeof(CanonicalFields).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(CanonicalFields.StageEnteredAtPrefix))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, CanonicalFields.All.Order(StringComparer.Ordinal));
    }
}
