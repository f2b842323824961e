using CrmSync.Core.StageRules;

namespace CrmSync.Core.Tests.StageRules;

public class StageAgeOptionsTests
{
    private const string Section = "CrmSync:Connectors:hub:StageAge";

    [Fact]
    public void Validate_Defaults_NoProblemsAndFourteenDayFallback()
    {
        var options = new StageAgeOptions();

        Assert.Empty(options.Validate(Section));
        Assert.Equal(14, options.LimitFor("proposal"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(StageAgeOptions.MaxLimitDays + 1)]
    public void Validate_DefaultOutOfRange_NamesDefaultKey(int days)
    {
        var problem = Assert.Single(new StageAgeOptions { DefaultLimitDays = days }.Validate(Section));

        Assert.StartsWith($"{Section}:DefaultLimitDays must be between 1 and 3650", problem);
        Assert.EndsWith($"(was {days}).", problem);
    }

    [Fact]
    public void Validate_StageLimitsOutOfRange_OneProblemPerStageKey()
    {
        var options = new StageAgeOptions { LimitsByStage = { ["proposal"] = 0, ["93485721"] = 5000, ["discovery"] = 7 } };

        var problems = options.Validate(Section);

        Assert.Equal(
        [
            $"{Section}:LimitsByStage:93485721 must be between 1 and 3650 days (was 5000).",
            $"{Section}:LimitsByStage:proposal must be between 1 and 3650 days (was 0).",
        ], problems);
    }

    [Fact]
    public void Validate_BlankStageId_Reported()
    {
        var options = new StageAgeOptions { LimitsByStage = { [" "] = 5 } };

        Assert.Contains("empty stage id", Assert.Single(options.Validate(Section)));
    }

    [Fact]
    public void Validate_NullStageLimits_Reported()
    {
        var options = new StageAgeOptions { LimitsByStage = null! };

        Assert.Equal($"{Section}:LimitsByStage must not be null.", Assert.Single(options.Validate(Section)));
    }

    [Fact]
    public void LimitFor_DictionaryWithOrdinalComparer_MatchesStageIdIgnoringCase()
    {
        var options = new StageAgeOptions
        {
            DefaultLimitDays = 20,
            LimitsByStage = new Dictionary<string, int>(StringComparer.Ordinal) { ["ContractSent"] = 5 },
        };

        Assert.Equal((5, 20), (options.LimitFor("contractsent"), options.LimitFor("closedwon")));
    }

    [Fact]
    public void Enabled_DefaultsToTrueAndIsPartOfTheAnalyzerOptionsContract()
    {
        CrmSync.Core.Analysis.IAnalyzerOptions options = new StageAgeOptions();
        var disabled = new StageAgeOptions { Enabled = false };

        Assert.True(options.Enabled);
        Assert.False(disabled.Enabled);
        Assert.Empty(disabled.Validate(Section));
    }
}
