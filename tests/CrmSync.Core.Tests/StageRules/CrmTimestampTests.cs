using CrmSync.Core.StageRules;

namespace CrmSync.Core.Tests.StageRules;

public class CrmTimestampTests
{
    [Theory]
    [InlineData("2024-07-01T10:00:00.000Z")]
    [InlineData("2024-07-01T10:00:00Z")]
    [InlineData("2024-07-01T12:00:00+02:00")]
    [InlineData("2024-07-01T10:00:00")]
    [InlineData("1719828000000")]
    [InlineData(" 1719828000000 ")]
    public void Parse_IsoOrEpochMilliseconds_SameInstant(string text)
    {
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero), CrmTimestamp.Parse(text));
    }

    [Fact]
    public void Parse_DateOnly_IsUtcMidnight()
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero), CrmTimestamp.Parse("2025-03-03"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999999")]
    [InlineData("-1719828000000")]
    public void Parse_MissingOrGarbage_Null(string? text)
    {
        Assert.Null(CrmTimestamp.Parse(text));
    }
}
