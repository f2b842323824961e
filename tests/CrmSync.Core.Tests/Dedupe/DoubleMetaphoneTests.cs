using CrmSync.Core.Dedupe.Normalisation.Phonetics;

namespace CrmSync.Core.Tests.Dedupe;

public class DoubleMetaphoneTests
{
    // Codes from Philips' rules as published (and as other implementations give them).
    [Theory]
    [InlineData("Smith", "SM0", "XMT")]
    [InlineData("Schmidt", "XMT", "SMT")]
    [InlineData("Thompson", "TMPS", "TMPS")]
    [InlineData("Thomas", "TMS", "TMS")]
    [InlineData("Jackson", "JKSN", "AKSN")]
    [InlineData("Knight", "NT", "NT")]
    [InlineData("Wright", "RT", "RT")]
    [InlineData("Philip", "FLP", "FLP")]
    [InlineData("Christopher", "KRST", "KRST")]
    [InlineData("Church", "XRX", "XRK")]
    [InlineData("Michael", "MKL", "MXL")]
    [InlineData("Schneider", "XNTR", "SNTR")]
    [InlineData("Xavier", "SF", "SFR")]
    [InlineData("Caesar", "SSR", "SSR")]
    [InlineData("Gnome", "NM", "NM")]
    [InlineData("Psycho", "SX", "SK")]
    [InlineData("Dumb", "TM", "TM")]
    [InlineData("Edge", "AJ", "AJ")]
    [InlineData("Laugh", "LF", "LF")]
    [InlineData("Filipowicz", "FLPT", "FLPF")]
    public void Encode_KnownNames_GiveBothCodes(string name, string primary, string alternate)
    {
        var code = DoubleMetaphone.Encode(name);
        Assert.Equal(primary, code.Primary);
        Assert.Equal(alternate, code.Alternate);
    }

    [Theory]
    [InlineData("Smith", "Smyth")]
    [InlineData("Smith", "Schmidt")]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Stephen", "Steven")]
    public void Matches_SoundAlikes_True(string a, string b) =>
        Assert.True(DoubleMetaphone.Encode(a).Matches(DoubleMetaphone.Encode(b)));

    [Fact]
    public void Matches_DifferentNames_False() =>
        Assert.False(DoubleMetaphone.Encode("Smith").Matches(DoubleMetaphone.Encode("Jones")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Encode_Blank_IsEmpty(string? name) => Assert.True(DoubleMetaphone.Encode(name).IsEmpty);

    [Fact]
    public void Encode_AccentedLetters_ReadAsBase() =>
        Assert.Equal(DoubleMetaphone.Encode("Muller"), DoubleMetaphone.Encode("Müller"));
}
