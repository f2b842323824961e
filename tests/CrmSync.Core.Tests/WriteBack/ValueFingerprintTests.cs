using CrmSync.Core.WriteBack;

namespace CrmSync.Core.Tests.WriteBack;

/// <summary>Expected hashes were computed outside .NET, e.g. <c>printf '%s' '{}' | sha256sum</c>.</summary>
public class ValueFingerprintTests
{
    [Fact]
    public void Compute_TwoValues_IsSha256OfSortedCompactJson()
    {
        var values = new Dictionary<string, string?> { ["crmsync_b"] = "x\"y", ["crmsync_a"] = "1" };

        // printf '%s' '{"crmsync_a":"1","crmsync_b":"x\"y"}' | sha256sum
        Assert.Equal("53a3dc9fb478e7cf1d1f727045f2bf47f200c4fc26866db6a4debecf726e5056", ValueFingerprint.Compute(values));
    }

    [Fact]
    public void Compute_NonAsciiAndControlCharacters_LiteralUtf8AndJsonEscapes()
    {
        var values = new Dictionary<string, string?> { ["crmsync_t"] = "é\n\u0001" };

        // printf '%s' '{"crmsync_t":"é\n\u0001"}' | sha256sum
        Assert.Equal("0ce051990c1b4a3de1a9b04a4d6c3343091a2c7af8c3a951335ac75e1ad0c8a8", ValueFingerprint.Compute(values));
    }

    [Fact]
    public void Empty_IsSha256OfEmptyObject()
    {
        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", ValueFingerprint.Empty);
    }

    [Fact]
    public void Compute_NullValues_OmittedLikeAbsentProperties()
    {
        var withNull = new Dictionary<string, string?> { ["crmsync_a"] = "1", ["crmsync_b"] = null };
        var without = new Dictionary<string, string?> { ["crmsync_a"] = "1" };

        Assert.Equal(ValueFingerprint.Compute(without), ValueFingerprint.Compute(withNull));
        Assert.Equal(ValueFingerprint.Empty, ValueFingerprint.Compute(new Dictionary<string, string?> { ["crmsync_a"] = null }));
    }

    [Fact]
    public void Compute_InsertionOrder_DoesNotMatter()
    {
        var one = new Dictionary<string, string?> { ["crmsync_z"] = "1", ["crmsync_a"] = "2", ["crmsync_m"] = "3" };
        var other = new Dictionary<string, string?> { ["crmsync_a"] = "2", ["crmsync_m"] = "3", ["crmsync_z"] = "1" };

        Assert.Equal(ValueFingerprint.Compute(one), ValueFingerprint.Compute(other));
    }

    [Theory]
    [InlineData("crmsync_a", "12", "crmsync_a", "13")]
    [InlineData("crmsync_a", "12", "crmsync_b", "12")]
    [InlineData("crmsync_a", "", "crmsync_a", " ")]
    public void Compute_DifferentNameOrValue_DifferentFingerprint(string name1, string value1, string name2, string value2)
    {
        Assert.NotEqual(
            ValueFingerprint.Compute(new Dictionary<string, string?> { [name1] = value1 }),
            ValueFingerprint.Compute(new Dictionary<string, string?> { [name2] = value2 }));
    }

    [Fact]
    public void Compute_ValueLooksLikeSeparator_NotConfusedWithTwoProperties()
    {
        var one = new Dictionary<string, string?> { ["crmsync_a"] = "1\",\"crmsync_b\":\"2" };
        var two = new Dictionary<string, string?> { ["crmsync_a"] = "1", ["crmsync_b"] = "2" };

        Assert.NotEqual(ValueFingerprint.Compute(one), ValueFingerprint.Compute(two));
    }
}
