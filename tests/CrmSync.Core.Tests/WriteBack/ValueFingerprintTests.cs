using CrmSync.Core.WriteBack;

namespace CrmSync.Core.Tests.WriteBack;

/// <summary>Expected hashes were computed outside .NET, e.g. <c>printf '%s' '{}' | sha256sum</c>.</summary>
public class ValueFingerprintTests
{
    [Fact]
    public void Compute_TwoValues_IsSha256OfSortedCompactJson()
    {
        var values = new Dictionary<string, string?> { ["duplicate_group"] = "x\"y", ["days_in_stage"] = "1" };

        // printf '%s' '{"days_in_stage":"1","duplicate_group":"x\"y"}' | sha256sum
        Assert.Equal("342812bd3ec3feb1d7a027d0661cea1347ee45de7eaa47b4f14adb1f4a6125c9", ValueFingerprint.Compute(values));
    }

    [Fact]
    public void Compute_NonAsciiAndControlCharacters_LiteralUtf8AndJsonEscapes()
    {
        var values = new Dictionary<string, string?> { ["duplicate_reason"] = "é\n\u0001" };

        // printf '%s' '{"duplicate_reason":"é\n\u0001"}' | sha256sum
        Assert.Equal("7d717c0d300b6210b03da2d7abb4b1cc0407bf76a0e575b90262a418072d7eba", ValueFingerprint.Compute(values));
    }

    [Fact]
    public void Empty_IsSha256OfEmptyObject()
    {
        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", ValueFingerprint.Empty);
    }

    [Fact]
    public void Compute_NullValues_OmittedLikeAbsentProperties()
    {
        var withNull = new Dictionary<string, string?> { ["a"] = "1", ["b"] = null };
        var without = new Dictionary<string, string?> { ["a"] = "1" };

        Assert.Equal(ValueFingerprint.Compute(without), ValueFingerprint.Compute(withNull));
        Assert.Equal(ValueFingerprint.Empty, ValueFingerprint.Compute(new Dictionary<string, string?> { ["a"] = null }));
    }

    [Fact]
    public void Compute_InsertionOrder_DoesNotMatter()
    {
        var one = new Dictionary<string, string?> { ["z"] = "1", ["a"] = "2", ["m"] = "3" };
        var other = new Dictionary<string, string?> { ["a"] = "2", ["m"] = "3", ["z"] = "1" };

        Assert.Equal(ValueFingerprint.Compute(one), ValueFingerprint.Compute(other));
    }

    [Theory]
    [InlineData("a", "12", "a", "13")]
    [InlineData("a", "12", "b", "12")]
    [InlineData("a", "", "a", " ")]
    public void Compute_DifferentNameOrValue_DifferentFingerprint(string name1, string value1, string name2, string value2)
    {
        Assert.NotEqual(
            ValueFingerprint.Compute(new Dictionary<string, string?> { [name1] = value1 }),
            ValueFingerprint.Compute(new Dictionary<string, string?> { [name2] = value2 }));
    }

    [Fact]
    public void Compute_ValueLooksLikeSeparator_NotConfusedWithTwoProperties()
    {
        var one = new Dictionary<string, string?> { ["a"] = "1\",\"b\":\"2" };
        var two = new Dictionary<string, string?> { ["a"] = "1", ["b"] = "2" };

        Assert.NotEqual(ValueFingerprint.Compute(one), ValueFingerprint.Compute(two));
    }
}
