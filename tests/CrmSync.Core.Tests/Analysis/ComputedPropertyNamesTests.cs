using CrmSync.Core.Analysis;

namespace CrmSync.Core.Tests.Analysis;

public class ComputedPropertyNamesTests
{
    [Theory]
    [InlineData("crmsync_days_in_stage")]
    [InlineData("crmsync_1")]
    [InlineData("crmsync__")]
    public void IsValid_LowercaseCrmSyncName_True(string name) => Assert.True(ComputedPropertyNames.IsValid(name));

    [Fact]
    public void IsValid_HubSpotMaximumOfHundredCharacters_TrueAtLimitFalseBeyond()
    {
        var atLimit = "crmsync_" + new string('a', 92);

        Assert.Equal(100, atLimit.Length);
        Assert.True(ComputedPropertyNames.IsValid(atLimit));
        Assert.False(ComputedPropertyNames.IsValid(atLimit + "a"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("crmsync_")]
    [InlineData("dealstage")]
    [InlineData("crmsync_stage age")]
    [InlineData("crmsync_straße")]
    [InlineData("crmsync_x\n")]
    public void IsValid_OtherNames_False(string? name) => Assert.False(ComputedPropertyNames.IsValid(name));
}
