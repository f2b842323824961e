using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class SalesforceIdTests : SalesforceTestBase
{
    /// <summary>15 → 18 conversions worked out by hand with the published algorithm (uppercase bits of each 5-character chunk).</summary>
    [Theory]
    [InlineData("001A0000006Vm9r", "001A0000006Vm9rIAC")]
    [InlineData("003E000000OiXuk", "003E000000OiXukIAF")]
    [InlineData("a0B5000000AbcDE", "a0B5000000AbcDEEAZ")]
    public void Normalize_FifteenCharacterId_AppendsTheCaseSafeChecksum(string fifteen, string eighteen)
    {
        Assert.True(SalesforceId.TryNormalize(fifteen, out var canonical));
        Assert.Equal(eighteen, canonical);
        Assert.True(SalesforceId.TryNormalize(eighteen.ToLowerInvariant(), out var restored));
        Assert.Equal(eighteen, restored);
    }

    [Fact]
    public void SeededIds_EveryObject_Has18CharactersItsKeyPrefixAndAValidChecksum()
    {
        var prefixes = new Dictionary<string, string>
        {
            ["Lead"] = "00Q", ["Contact"] = "003", ["Account"] = "001", ["Opportunity"] = "006", ["User"] = "005",
            ["OpportunityHistory"] = "008", ["OpportunityContactRole"] = "00K", ["OpportunityStage"] = "01J",
        };
        foreach (var (objectName, prefix) in prefixes)
        {
            var ids = Org.State.Query($"SELECT Id FROM {objectName} LIMIT 50").Select(r => (string)r["Id"]!).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id =>
            {
                Assert.Equal(18, id.Length);
                Assert.StartsWith(prefix, id, StringComparison.Ordinal);
                Assert.Equal(Checksum(id[..15]), id[15..]);
            });
        }
    }

    [Fact]
    public void Normalize_BadChecksumCharacterOrLength_IsRejected()
    {
        Assert.False(SalesforceId.TryNormalize("001A0000006Vm9", out _));
        Assert.False(SalesforceId.TryNormalize("001A0000006Vm9rIA!", out _));
        Assert.False(SalesforceId.TryNormalize("001A0000006Vm9rIA9", out _));
    }

    /// <summary>The published algorithm, written independently of the fake's.</summary>
    private static string Checksum(string id)
    {
        var suffix = "";
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var flags = 0;
            for (var i = 0; i < 5; i++)
            {
                if (id[(chunk * 5) + i] is >= 'A' and <= 'Z')
                {
                    flags += 1 << i;
                }
            }

            suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[flags];
        }

        return suffix;
    }
}
