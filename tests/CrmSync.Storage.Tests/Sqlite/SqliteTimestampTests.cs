using CrmSync.Storage.Sqlite;

namespace CrmSync.Storage.Tests.Sqlite;

public sealed class SqliteTimestampTests
{
    [Fact]
    public void Parse_FormattedValueWithOffsetAndTicks_SameInstantInUtc()
    {
        var value = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(-3)).AddTicks(1_234_567);

        var parsed = SqliteTimestamp.Parse(SqliteTimestamp.ToText(value));

        Assert.Equal(value.UtcTicks, parsed.UtcTicks);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
    }

    [Fact]
    public void ToText_ValuesAcrossOffsets_TextOrderEqualsTimeOrder()
    {
        DateTimeOffset[] values =
        [
            new(2024, 1, 1, 12, 0, 0, TimeSpan.FromHours(9)),
            new(2024, 1, 1, 4, 0, 0, TimeSpan.Zero),
            new(2023, 12, 31, 22, 0, 0, TimeSpan.FromHours(-8)),
            new DateTimeOffset(2024, 1, 1, 3, 0, 0, TimeSpan.Zero).AddTicks(1),
        ];

        var byText = values.OrderBy(SqliteTimestamp.ToText, StringComparer.Ordinal);

        Assert.Equal(values.OrderBy(v => v.UtcTicks), byText);
    }
}
