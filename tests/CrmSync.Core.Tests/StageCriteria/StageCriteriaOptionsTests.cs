using CrmSync.Core.StageCriteria;

namespace CrmSync.Core.Tests.StageCriteria;

public class StageCriteriaOptionsTests
{
    private const string Path = "CrmSync:Connectors:hs:StageCriteria";

    [Fact]
    public void Validate_Defaults_NoProblem() => Assert.Empty(new StageCriteriaOptions().Validate(Path));

    [Fact]
    public void Validate_EveryBadKey_NamedOnce()
    {
        var options = new StageCriteriaOptions
        {
            GoingDarkDays = 0,
            Benchmark = new BenchmarkOptions { Percentile = 0.8, MinSample = 0 },
            Lifecycle = new(StringComparer.OrdinalIgnoreCase) { ["companies"] = new() },
            Pipelines = new(StringComparer.OrdinalIgnoreCase)
            {
                ["default"] = new(StringComparer.OrdinalIgnoreCase)
                {
                    ["qualifiedtobuy"] = new()
                    {
                        Entry = [new CriterionOptions { Field = "amount", Operator = "=>", Value = "x" }],
                        Exit = [new CriterionOptions { Expression = "amount >" }],
                        BenchmarkDays = 0,
                    },
                },
            },
        };

        var problems = options.Validate(Path);

        Assert.Contains($"{Path}:GoingDarkDays must be between 1 and 3650 (was 0).", problems);
        Assert.Contains(problems, p => p.StartsWith($"{Path}:Benchmark:Percentile ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{Path}:Benchmark:MinSample ", StringComparison.Ordinal));
        Assert.Contains($"{Path}:Lifecycle:companies must be contacts or leads.", problems);
        Assert.Contains(problems, p => p.StartsWith($"{Path}:Pipelines:default:qualifiedtobuy:Entry:0:Operator ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{Path}:Pipelines:default:qualifiedtobuy:Entry:0:Value ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{Path}:Pipelines:default:qualifiedtobuy:Exit:0:Expression is not a valid expression", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{Path}:Pipelines:default:qualifiedtobuy:BenchmarkDays ", StringComparison.Ordinal));
        Assert.Equal(8, problems.Count);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsWithEveryProblem()
    {
        var options = new StageCriteriaOptions { GoingDarkDays = -1 };

        var e = Assert.Throws<ArgumentException>(() => new StageCriteriaAnalyzer(options, Path));

        Assert.Contains($"{Path}:GoingDarkDays", e.Message);
    }
}
