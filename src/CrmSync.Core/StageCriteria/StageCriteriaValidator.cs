using System.Globalization;
using CrmSync.Core.Records;

namespace CrmSync.Core.StageCriteria;

/// <summary>Every problem of <see cref="StageCriteriaOptions"/>, each starting with its full configuration key.</summary>
internal static class StageCriteriaValidator
{
    public static IReadOnlyList<string> Validate(StageCriteriaOptions options, string sectionPath)
    {
        var problems = new List<string>();
        Range(problems, $"{sectionPath}:GoingDarkDays", options.GoingDarkDays, 1, 3650);
        var benchmark = options.Benchmark ?? new BenchmarkOptions();
        if (benchmark.Percentile is not (0.5 or 0.75 or 0.9))
            problems.Add($"{sectionPath}:Benchmark:Percentile must be 0.5, 0.75 or 0.9 (was {benchmark.Percentile.ToString(CultureInfo.InvariantCulture)}).");
        Range(problems, $"{sectionPath}:Benchmark:MinSample", benchmark.MinSample, 1, 1_000_000);
        Range(problems, $"{sectionPath}:Benchmark:FallbackDays", benchmark.FallbackDays, 1, 3650);
        foreach (var (pipeline, stages) in options.Pipelines ?? [])
            Stages(problems, $"{sectionPath}:Pipelines:{pipeline}", stages);
        foreach (var (objectType, stages) in options.Lifecycle ?? [])
        {
            if (objectType is not (CrmObjectTypes.Contacts or CrmObjectTypes.Leads))
                problems.Add($"{sectionPath}:Lifecycle:{objectType} must be contacts or leads.");
            else
                Stages(problems, $"{sectionPath}:Lifecycle:{objectType}", stages);
        }

        return problems;
    }

    private static void Stages(List<string> problems, string path, Dictionary<string, StageRuleOptions> stages)
    {
        foreach (var (stage, rules) in stages ?? [])
        {
            var key = $"{path}:{stage}";
            foreach (var (check, i) in (rules.Entry ?? []).Select((c, i) => (c, i)))
                CriterionCompiler.Compile(check, $"{key}:Entry:{i}", problems);
            foreach (var (check, i) in (rules.Exit ?? []).Select((c, i) => (c, i)))
                CriterionCompiler.Compile(check, $"{key}:Exit:{i}", problems);
            if (rules.BenchmarkDays is { } days)
                Range(problems, $"{key}:BenchmarkDays", days, 1, 3650);
            if (rules.GoingDarkDays is { } dark)
                Range(problems, $"{key}:GoingDarkDays", dark, 1, 3650);
        }
    }

    private static void Range(List<string> problems, string key, int value, int min, int max)
    {
        if (value < min || value > max)
            problems.Add($"{key} must be between {min} and {max} (was {value}).");
    }
}
